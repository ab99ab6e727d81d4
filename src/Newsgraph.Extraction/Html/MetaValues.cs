using AngleSharp.Html.Dom;

namespace Newsgraph.Extraction.Html;

/// <summary>The page's &lt;meta&gt; values by lower-cased name, property, itemprop or http-equiv.</summary>
internal sealed class MetaValues
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    public static MetaValues Read(IHtmlDocument dom)
    {
        var result = new MetaValues();
        var metas = dom.QuerySelectorAll("meta");
        // OpenGraph-style property values come before name values of the same key.
        foreach (var attribute in new[] { "property", "name", "itemprop", "http-equiv" })
            foreach (var meta in metas)
            {
                var keys = meta.GetAttribute(attribute);
                var content = meta.GetAttribute("content");
                if (string.IsNullOrWhiteSpace(keys) || string.IsNullOrWhiteSpace(content)) continue;
                // property="og:title twitter:title" names several at once.
                foreach (var key in keys.Split(' ', StringSplitOptions.RemoveEmptyEntries)) result.Add(NormaliseKey(key), content.Trim(), attribute);
            }
        return result;
    }

    /// <summary>"DC.Title" and "dc:title" are one key.</summary>
    private static string NormaliseKey(string key) => key.Trim().ToLowerInvariant().Replace('.', ':');

    private readonly Dictionary<string, string> _sourceAttribute = new(StringComparer.Ordinal);

    private void Add(string key, string value, string attribute)
    {
        // A key already given by a preferred attribute keeps those values only (no mixed duplicates).
        if (_sourceAttribute.TryGetValue(key, out var first) && first != attribute) return;
        _sourceAttribute[key] = attribute;
        if (!_values.TryGetValue(key, out var list)) _values[key] = list = [];
        if (list.Count < 20) list.Add(value);
    }

    /// <summary>The first value under the first of the keys that the page has.</summary>
    public string? First(params string[] keys)
    {
        foreach (var key in keys)
            if (_values.TryGetValue(key, out var list) && list.Count > 0) return list[0];
        return null;
    }

    /// <summary>All values under the first of the keys that the page has.</summary>
    public List<string> All(params string[] keys)
    {
        foreach (var key in keys)
            if (_values.TryGetValue(key, out var list) && list.Count > 0) return list;
        return [];
    }
}
