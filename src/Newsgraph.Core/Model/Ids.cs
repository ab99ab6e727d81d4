using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Newsgraph.Core.Model;

/// <summary>A kind of annotation that has numbered ids within its document ("e1", "q2"): the prefix keeps
/// the ids of different kinds apart in JSON and in the store.</summary>
public interface IIdentified
{
    static abstract string IdPrefix { get; }
}

/// <summary>
/// The id of an annotation of kind <typeparamref name="T"/> within one document. Typed, so that an
/// entity id cannot be passed where a quote id is meant; written as prefix and number ("e3").
/// </summary>
public readonly record struct Id<T>(int Number) where T : IIdentified
{
    public override string ToString() => T.IdPrefix + Number.ToString(CultureInfo.InvariantCulture);

    public static Id<T> Parse(string text) => TryParse(text, out var id)
        ? id
        : throw new FormatException($"'{text}' is not a {T.IdPrefix}-id");

    public static bool TryParse(string? text, out Id<T> id)
    {
        id = default;
        if (text is null || !text.StartsWith(T.IdPrefix, StringComparison.Ordinal)) return false;
        if (!int.TryParse(text.AsSpan(T.IdPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            return false;
        id = new Id<T>(n);
        return true;
    }
}

/// <summary>
/// A document's stable id: a hash of its canonical address and its text, so that the same article
/// read twice gets the same id and a changed article gets a new one.
/// </summary>
public readonly record struct DocumentId(string Value)
{
    private const int HexDigits = 20; // 80 bits: collisions stay negligible far beyond a billion documents

    public static DocumentId For(string? address, string text)
    {
        var bytes = Encoding.UTF8.GetBytes((address ?? "") + "\n" + text);
        return new DocumentId(Convert.ToHexStringLower(SHA256.HashData(bytes))[..HexDigits]);
    }

    public override string ToString() => Value;
}
