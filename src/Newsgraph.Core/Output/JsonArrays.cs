using System.Text.Json;

namespace Newsgraph.Core.Output;

/// <summary>Named arrays of plain values, as every JSON writer of the project writes them.</summary>
public static class JsonArrays
{
    public static void WriteStringArray(this Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }

    public static void WriteNumberArray(this Utf8JsonWriter json, string name, IEnumerable<long> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteNumberValue(v);
        json.WriteEndArray();
    }
}
