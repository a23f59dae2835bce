using System.Globalization;
using CountryRelations.Comparison;
using CountryRelations.Import;
using CountryRelations.Revisions;

namespace CountryRelations.Bench;

/// <summary>
/// Two revisions of about 50 KB each, built from the sample pages: the new one rewords every seventh sentence,
/// changes a figure in every eleventh, drops and adds sentences, renames one heading and moves one section.
/// Deterministic, so runs compare like with like.
/// </summary>
public static class LargeRevisions
{
    public static (Revision Old, Revision New) Build(int targetBytes)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples");
        var sections = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => PlainTextPageReader.Read(File.ReadAllText(f)).Sections)
            .ToList();
        var old = new List<Section>();
        var size = 0;
        for (var round = 0; size < targetBytes; round++)
        {
            foreach (var draft in sections.TakeWhile(_ => size < targetBytes))
            {
                var body = draft.Body;
                old.Add(new Section { Position = old.Count, Heading = $"{draft.Heading} ({round + 1})", Body = body, Topic = draft.Topic ?? default });
                size += body.Length + draft.Heading.Length;
            }
        }

        var changed = old.Select((s, i) => new Section { Position = i, Heading = i == 3 ? "Other types of cooperation: " + s.Heading : s.Heading, Body = Edit(s.Body, i), Topic = s.Topic }).ToList();
        (changed[5], changed[9]) = (changed[9], changed[5]);
        for (var i = 0; i < changed.Count; i++)
        {
            changed[i] = new Section { Position = i, Heading = changed[i].Heading, Body = changed[i].Body, Topic = changed[i].Topic };
        }

        return (new Revision { Id = 1, Sequence = 1, RecordedBy = "bench", Sections = old }, new Revision { Id = 2, Sequence = 2, RecordedBy = "bench", Sections = changed });
    }

    public static int Bytes(Revision revision) => revision.Sections.Sum(s => System.Text.Encoding.UTF8.GetByteCount(s.Heading + s.Body));

    private static string Edit(string body, int salt)
    {
        var text = body;
        var sentences = Sentences.Split(body);
        for (var i = sentences.Count - 1; i >= 0; i--)
        {
            var sentence = text.Substring(sentences[i].Start, sentences[i].Length);
            var n = i + salt;
            string replacement;
            if (n % 7 == 0)
            {
                replacement = sentence.Replace(" the ", " this ", StringComparison.Ordinal) + " This has been confirmed.";
            }
            else if (n % 11 == 0)
            {
                replacement = sentence.Replace("20", "21", StringComparison.Ordinal);
            }
            else if (n % 13 == 0)
            {
                replacement = "";
            }
            else
            {
                continue;
            }

            text = string.Concat(text.AsSpan(0, sentences[i].Start), replacement, text.AsSpan(sentences[i].End));
        }

        return salt % 5 == 0 ? text + string.Create(CultureInfo.InvariantCulture, $"\n\nTrade reached €{salt}.5 million in 2016.") : text;
    }
}
