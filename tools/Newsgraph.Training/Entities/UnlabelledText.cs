using System.Text.RegularExpressions;
using Newsgraph.Analysis.Text;

namespace Newsgraph.Training.Entities;

/// <summary>
/// Reads text for unsupervised learning as tokenised sentences: plain text files (a sentence a line or
/// running text), XML/TimeML files (markup dropped), and CoNLL column files (first column).
/// </summary>
public static partial class UnlabelledText
{
    private static readonly string[] MarkupExtensions = [".xml", ".tml", ".naf", ".html", ".htm"];

    public static IEnumerable<string[]> Sentences(IEnumerable<string> sources)
    {
        foreach (var file in Files(sources))
        {
            var sentences = LooksLikeConll(file) ? ConllSentences(file) : TextSentences(file);
            foreach (var sentence in sentences) yield return sentence;
        }
    }

    private static IEnumerable<string> Files(IEnumerable<string> sources)
    {
        foreach (var source in sources)
        {
            if (File.Exists(source)) { yield return source; continue; }
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var ext = Path.GetExtension(file).ToLowerInvariant();
                if (ext == ".txt" || MarkupExtensions.Contains(ext)) yield return file;
            }
        }
    }

    private static bool LooksLikeConll(string file)
    {
        var lines = File.ReadLines(file).Where(l => l.Trim().Length > 0 && !l.StartsWith("-DOCSTART-", StringComparison.Ordinal)).Take(20).ToList();
        return lines.Count > 0 && lines.All(l => TagColumn().IsMatch(l));
    }

    private static IEnumerable<string[]> ConllSentences(string file) =>
        ConllCorpus.Read(file).SelectMany(d => d).Select(s => s.Words);

    private static IEnumerable<string[]> TextSentences(string file)
    {
        string text = File.ReadAllText(file);
        if (MarkupExtensions.Contains(Path.GetExtension(file).ToLowerInvariant())) text = Markup().Replace(text, " ");
        text = System.Net.WebUtility.HtmlDecode(text);
        var tokens = Tokenizer.Tokenize(text);
        foreach (var sentence in SentenceSplitter.Split(text, tokens))
            yield return tokens.Skip(sentence.FirstToken).Take(sentence.TokenCount).Select(t => t.Text).ToArray();
    }

    [GeneratedRegex(@"^\S+(\s+\S+)*\s+(O|[BIEULS]-\S+)\s*$")]
    private static partial Regex TagColumn();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Markup();
}
