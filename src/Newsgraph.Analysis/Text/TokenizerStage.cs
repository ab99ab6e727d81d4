using Newsgraph.Core.Model;
using Newsgraph.Core.Pipeline;

namespace Newsgraph.Analysis.Text;

/// <summary>Fills the Tokens and Sentences layers.</summary>
public sealed class TokenizerStage : IDocumentStage
{
    public string Name => "tokenizer";
    public IReadOnlyCollection<Layer> Requires { get; } = [Layer.Text];
    public IReadOnlyCollection<Layer> Produces { get; } = [Layer.Tokens, Layer.Sentences];

    public void Process(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        var tokens = Tokenizer.Tokenize(document.Text);
        document.Tokens = tokens;
        document.LowerTokens = LowerCase(tokens);
        document.Sentences = SentenceSplitter.Split(document.Text, tokens);
    }

    public static List<string> LowerCase(IReadOnlyList<Token> tokens) => tokens.Select(t => t.Text.ToLowerInvariant()).ToList();
}
