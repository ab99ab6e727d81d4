namespace Newsgraph.Training.Entities;

/// <summary>A sentence with gold IOB tags.</summary>
public sealed record LabelledSentence(string[] Words, string[] Tags);

/// <summary>
/// Reads CoNLL-style column files (token first, tag last; blank lines between sentences; "-DOCSTART-"
/// between documents, as in CoNLL-2003 and WikiGold) into documents of labelled sentences.
/// </summary>
public static class ConllCorpus
{
    public static List<List<LabelledSentence>> Read(string path, Func<string, string>? mapTag = null)
    {
        var documents = new List<List<LabelledSentence>>();
        var document = new List<LabelledSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        foreach (var raw in File.ReadLines(path))
        {
            var parts = raw.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) { CloseSentence(); continue; }
            if (parts[0] == "-DOCSTART-") { CloseSentence(); CloseDocument(); continue; }
            words.Add(parts[0]);
            tags.Add(mapTag is null ? parts[^1] : mapTag(parts[^1]));
        }
        CloseSentence();
        CloseDocument();
        return documents;

        void CloseSentence()
        {
            if (words.Count > 0) document.Add(new LabelledSentence([.. words], [.. tags]));
            words.Clear();
            tags.Clear();
        }

        void CloseDocument()
        {
            if (document.Count > 0) documents.Add(document);
            document = [];
        }
    }
}
