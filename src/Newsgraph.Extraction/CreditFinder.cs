namespace Newsgraph.Extraction;

/// <summary>Finds wire and reporting credits in article text. (Initial version: replaced by the credits work.)</summary>
public static class CreditFinder
{
    public static List<string> FindInBody(string text) => [];
}
