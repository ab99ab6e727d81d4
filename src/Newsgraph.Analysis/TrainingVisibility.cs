using System.Runtime.CompilerServices;

// The quote trainer builds its examples with the same text view and features the runtime scores with
// (QuoteText, ContentBoundaryFeatures, CueLexicon); keeping those internal keeps the Quotes surface small.
[assembly: InternalsVisibleTo("Newsgraph.Training")]
