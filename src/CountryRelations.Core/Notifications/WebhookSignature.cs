using System.Security.Cryptography;
using System.Text;

namespace CountryRelations.Notifications;

/// <summary>
/// Standard Webhooks signing: <c>webhook-signature: v1,BASE64(HMAC-SHA256(secret, "{id}.{timestamp}.{body}"))</c>, the
/// secret being the bytes after <c>whsec_</c>. Receivers check it and reject stale timestamps.
/// </summary>
public static class WebhookSignature
{
    /// <summary>A new random secret, <c>whsec_</c> and 32 bytes in base64.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The <c>webhook-signature</c> header value for one message.</summary>
    public static string Sign(string secret, string messageId, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret[6..] : secret);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{messageId}.{timestamp}.{body}"));
        return "v1," + Convert.ToBase64String(mac);
    }
}
