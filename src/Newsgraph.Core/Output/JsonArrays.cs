using System.Text.Json;

namespace Newsgraph.Core.Output;

/// <summary>Named arrays of plain values or of objects, as every JSON writer of the project writes them.</summary>
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

    /// <summary>An array of one object per item, its fields written by <paramref name="fields"/>.</summary>
    public static void WriteObjectArray<T>(this Utf8JsonWriter json, string name, IEnumerable<T> items, Action<T> fields)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            fields(item);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
