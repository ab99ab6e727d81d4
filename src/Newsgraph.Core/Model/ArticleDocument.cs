using System.Text.Json;

namespace Newsgraph.Core.Model;

/// <summary>
/// The one document that flows through every stage: the extracted article (fields and clean text)
/// and the analysis layers that later stages add. A layer left null was not computed; an empty one was
/// computed and found nothing.
/// </summary>
public sealed class ArticleDocument
{
    /// <summary>The version of the document's JSON form; a reader upgrades older versions.</summary>
    public const int FormatVersion = 2;

    private string _text = "";
    private readonly OrderedDictionary<string, object> _addedLayers = new(StringComparer.Ordinal);
    private DocumentId? _id;

    /// <summary>The input as the user gave it: a path, a URL or "-" for standard input.</summary>
    public required string Source { get; init; }

    /// <summary>
    /// Stable across runs: from the canonical address and the text, fixed when the text is
    /// (<see cref="FixText"/>); a document read back keeps the id it was stored with.
    /// </summary>
    public DocumentId Id
    {
        get => _id ?? DocumentId.For(CanonicalUrl ?? Url, _text);
        init => _id = value == default ? null : value; // default: derive it
    }

    /// <summary>Whether the text is final: analysis layers hold offsets into it, so it can no longer change.</summary>
    public bool IsTextFixed { get; private set; }

    /// <summary>The page's address, when known (fetched URL, --url, canonical link).</summary>
    public string? Url { get; set; }

    public string? Title { get; set; }
    public List<string> Authors { get; set; } = [];
    public PublicationDate? Published { get; set; }
    public PublicationDate? Modified { get; set; }
    public string? Publisher { get; set; }

    /// <summary>ISO 639-1 code of the article's language.</summary>
    public string? Language { get; set; }

    public string? Description { get; set; }

    /// <summary>The page's own canonical address (link rel=canonical, og:url), when it states one.</summary>
    public string? CanonicalUrl { get; set; }

    /// <summary>The site section the article is filed under ("World", "Business").</summary>
    public string? Section { get; set; }

    /// <summary>Keywords and tags the publisher gave the article.</summary>
    public List<string> Tags { get; set; } = [];

    /// <summary>The lead image first, then the images inside the article; never part of <see cref="Text"/>.</summary>
    public List<ArticleImage> Images { get; set; } = [];

    /// <summary>Wire agencies and other reporting credits ("Reuters", "AP").</summary>
    public List<string> Credits { get; set; } = [];

    /// <summary>The clean body: paragraphs separated by one blank line. Fixed once extraction has made it.</summary>
    public string Text
    {
        get => _text;
        set
        {
            if (IsTextFixed) throw new InvalidOperationException($"the text of {Source} is fixed: analysis offsets point into it");
            _text = value;
        }
    }

    /// <summary>
    /// The body as Markdown, keeping its headings, lists, block quotes and links; null when the
    /// source had no such structure to keep (plain-text captures).
    /// </summary>
    public string? Markdown { get; set; }

    /// <summary>Which extractor produced the text ("html", "text-capture", "verbatim").</summary>
    public string? ExtractionMethod { get; set; }

    public List<AnchoredText>? Tokens { get; set; }
    /// <summary>Each token's text in lower case (invariant culture), made once by the tokenizer for every
    /// stage that compares words; like the tokens, not part of the JSON form.</summary>
    public List<string>? LowerTokens { get; set; }
    /// <summary>Sentences as token ranges, computed once by the tokenizer and shared by every stage.</summary>
    public List<Sentence>? Sentences { get; set; }
    public List<Entity>? Entities { get; set; }
    public List<Quote>? Quotes { get; set; }
    public List<TimeExpression>? Times { get; set; }
    public List<NewsEvent>? Events { get; set; }

    /// <summary>Layers that stages added beyond the built-in ones, by name, in the order they were added;
    /// a value read back from JSON stays a <see cref="JsonElement"/> until a stage asks for it by type.</summary>
    public IEnumerable<KeyValuePair<string, object>> AddedLayers => _addedLayers;

    /// <summary>The value of an added layer, or null when no stage filled it.</summary>
    public T? Get<T>(Layer<T> layer) where T : class
    {
        if (!_addedLayers.TryGetValue(layer.Name, out var value)) return null;
        if (value is JsonElement stored)
            _addedLayers[layer.Name] = value = stored.Deserialize<T>(Layer.JsonOptions)
                ?? throw new FormatException($"layer '{layer.Name}' of {Source} is null");
        return value as T ?? throw new InvalidCastException($"layer '{layer.Name}' holds a {value.GetType().Name}, not a {typeof(T).Name}");
    }

    public void Set<T>(Layer<T> layer, T value) where T : class => SetAdded(layer.Name, value);

    /// <summary>Keeps an added layer as stored (the JSON reader's way in: it does not know the layer's type).</summary>
    public void SetAdded(string name, object value)
    {
        if (Layer.ReservedNames.Contains(name)) throw new ArgumentException($"'{name}' is a built-in field, not a name for an added layer", nameof(name));
        _addedLayers[name] = value;
    }

    /// <summary>The paragraphs of <see cref="Text"/> as spans (blank-line separated).</summary>
    public IEnumerable<TextSpan> Paragraphs()
    {
        var text = Text;
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) yield break;
            int start = i;
            int next = text.IndexOf("\n\n", i, StringComparison.Ordinal);
            int end = next < 0 ? text.Length : next;
            int trimmed = end;
            while (trimmed > start && char.IsWhiteSpace(text[trimmed - 1])) trimmed--;
            yield return new TextSpan(start, trimmed);
            i = end;
        }
    }

    /// <summary>Appends images not already listed (same address), after the lead image.</summary>
    public void AddImages(IEnumerable<ArticleImage> images)
    {
        foreach (var image in images)
            if (!Images.Exists(known => known.Url == image.Url)) Images.Add(image);
    }

    /// <summary>Ends extraction: from here on the text cannot change and the id is settled.</summary>
    public void FixText()
    {
        if (IsTextFixed) return;
        _id ??= DocumentId.For(CanonicalUrl ?? Url, _text);
        IsTextFixed = true;
    }

    public Entity? FindEntity(Id<Entity>? id) =>
        id is null ? null : Entities?.Find(e => e.Id == id.Value);

    public Quote? FindQuote(Id<Quote> id) => Quotes?.Find(q => q.Id == id);
}
