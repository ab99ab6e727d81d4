using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace Newsgraph.Corpus;

/// <summary>
/// Near-duplicate detection (syndicated wire copies, one article at several addresses): a MinHash
/// signature over word shingles estimates the Jaccard similarity of two texts, and locality-sensitive
/// hashing in bands turns "which stored articles are similar" into a few exact key look-ups.
/// With 20 bands of 5 rows, pairs above about 0.7 similarity share a band with high probability
/// (0.975 at 0.8), pairs below 0.3 almost never (under 0.05).
/// </summary>
public static class MinHash
{
    public const int Bands = 20;
    public const int Rows = 5;
    public const int Size = Bands * Rows;
    public const int ShingleWords = 5;

    /// <summary>Similarity above which an article counts as a copy of an earlier one.</summary>
    public const double CopyThreshold = 0.8;

    private static readonly (ulong A, ulong B)[] Permutations = MakePermutations();

    /// <summary>The signature of a text: for each of <see cref="Size"/> hash functions, the least hash of its shingles.
    /// Empty for a text of fewer words than a shingle (too short to call anything a copy of it).</summary>
    public static uint[] Signature(string text)
    {
        var words = Words(text);
        if (words.Count < ShingleWords) return [];
        var signature = new uint[Size];
        Array.Fill(signature, uint.MaxValue);
        var shingle = new StringBuilder();
        for (int i = 0; i + ShingleWords <= words.Count; i++)
        {
            shingle.Clear();
            for (int k = 0; k < ShingleWords; k++) shingle.Append(words[i + k]).Append(' ');
            ulong h = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(shingle.ToString()));
            for (int p = 0; p < Size; p++)
            {
                var (a, b) = Permutations[p];
                uint v = (uint)((a * h + b) >> 32);
                if (v < signature[p]) signature[p] = v;
            }
        }
        return signature;
    }

    /// <summary>The fraction of positions two signatures agree on: an estimate of the texts' Jaccard similarity.</summary>
    public static double Similarity(uint[] a, uint[] b)
    {
        if (a.Length != Size || b.Length != Size) return 0;
        int same = 0;
        for (int i = 0; i < Size; i++) if (a[i] == b[i]) same++;
        return same / (double)Size;
    }

    /// <summary>One key per band: articles that share a key with this one are the candidates to compare.</summary>
    public static long[] BandKeys(uint[] signature)
    {
        if (signature.Length != Size) return [];
        var keys = new long[Bands];
        Span<byte> buffer = stackalloc byte[Rows * 4 + 4];
        for (int band = 0; band < Bands; band++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(buffer, band);
            for (int r = 0; r < Rows; r++) BinaryPrimitives.WriteUInt32LittleEndian(buffer[(4 + r * 4)..], signature[band * Rows + r]);
            keys[band] = (long)XxHash64.HashToUInt64(buffer);
        }
        return keys;
    }

    public static byte[] ToBytes(uint[] signature)
    {
        var bytes = new byte[signature.Length * 4];
        for (int i = 0; i < signature.Length; i++) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), signature[i]);
        return bytes;
    }

    public static uint[] FromBytes(byte[] bytes)
    {
        var signature = new uint[bytes.Length / 4];
        for (int i = 0; i < signature.Length; i++) signature[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * 4));
        return signature;
    }

    /// <summary>Lower-cased words, punctuation and quotation-mark styles dropped, so that copies differing
    /// only in typography shingle alike.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) word.Append(char.ToLowerInvariant(c));
            else if (word.Length > 0) { words.Add(word.ToString()); word.Clear(); }
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    // Fixed seeds: signatures stored by one run must compare with those of the next.
    private static (ulong, ulong)[] MakePermutations()
    {
        var random = new Random(20261203);
        return Enumerable.Range(0, Size).Select(_ => ((ulong)random.NextInt64() | 1UL, (ulong)random.NextInt64())).ToArray();
    }
}
