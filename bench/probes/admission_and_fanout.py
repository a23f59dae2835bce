"""Two hardening probes against a running server, as the hardening issue ran them: sixteen clients trickling their
request bodies (~300 B/s each) while queries are timed, then sixteen streams each asking for thirty aliases of
comparedToPrevious while one 20 KB revision is published and queries are timed. Loopback only."""
import socket, time, json, threading, urllib.request, sys
import os
# A running server (`dotnet run -c Release --project src/CountryRelations.Api -- --urls http://127.0.0.1:5393
# --Limits:ClientRequestsPerSecond=0`) and an editor token (`countryrelations token --role editor`) in TOKEN.
URL=os.environ.get("GRAPHQL_URL","http://127.0.0.1:5393/graphql")
PORT=int(URL.split(":")[2].split("/")[0])
TOKEN=os.environ["TOKEN"]
def q(query, variables=None, token=None, timeout=60):
    req=urllib.request.Request(URL, data=json.dumps({"query":query,"variables":variables}).encode(), headers={"Content-Type":"application/json","Accept":"application/json", **({"Authorization":"Bearer "+token} if token else {})})
    t=time.time()
    with urllib.request.urlopen(req, timeout=timeout) as r: body=r.read()
    return time.time()-t, json.loads(body)
QUERY='{ countries(search: "Senegal") { code } }'
print("baseline query s", round(q(QUERY)[0],3))
# 1. sixteen trickling senders at ~300 B/s
socks=[]
stop=False
def trickle(s):
    while not stop:
        try: s.send(b" "*30)
        except Exception: return
        time.sleep(0.1)
for i in range(16):
    s=socket.create_connection(("127.0.0.1",PORT))
    s.send(b"POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"query\":\"")
    socks.append(s); threading.Thread(target=trickle,args=(s,),daemon=True).start()
time.sleep(1)
times=[q(QUERY)[0] for _ in range(10)]
print("16 trickling senders: 10 queries, worst s", round(max(times),3), "median", round(sorted(times)[5],3))
stop=True
for s in socks: s.close()
# 2. fan-out: 16 streams x 30 aliases of comparedToPrevious, then one 20 KB publication
aliases=" ".join(f"c{i}: comparedToPrevious {{ summary {{ changed added removed }} sections {{ kind words {{ kind text }} }} }}" for i in range(30))
sub=f'subscription {{ revisionRecorded(country: "KP") {{ {aliases} }} }}'
streams=[]
for i in range(16):
    s=socket.create_connection(("127.0.0.1",PORT))
    body=json.dumps({"query":sub}).encode()
    s.send(b"POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAccept: text/event-stream\r\nContent-Length: "+str(len(body)).encode()+b"\r\n\r\n"+body)
    streams.append(s)
time.sleep(1)
head=streams[0].recv(2000).decode(errors="replace").split("\r\n")[0]
print("stream status:", head)
text=" ".join(f"Trade between the two countries reached {i} million euros in {1990+i%30}, and cooperation grew." for i in range(220))
pub='mutation($t: String!) { publishRevision(input: { country: "KP", publisher: "FR-MFA", language: "en", publishedOn: "2026-12-01", sections: [{ heading: "Economic relations", body: $t }], recordedBy: "probe" }) { id } }'
d,r=q(pub, {"t":text}, TOKEN)
print("publish s", round(d,3), str(r)[:200])
t0=time.time(); lat=[]
while time.time()-t0<8:
    lat.append(q(QUERY)[0]); time.sleep(0.2)
print("during fan-out: queries", len(lat), "worst s", round(max(lat),3), "median", round(sorted(lat)[len(lat)//2],3))
got=[]
for s in streams:
    s.settimeout(10); data=b""
    try:
        while b"event: next" not in data: data+=s.recv(1<<20)
    except Exception as e: pass
    got.append(b"event: next" in data)
print("streams with the event:", sum(got), "of", len(got))
