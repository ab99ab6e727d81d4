using Newsgraph.Analysis.Entities.Tagging;
using Newsgraph.Analysis.Learning;
using Newsgraph.Training.Entities;

namespace Newsgraph.Tests.Analysis.Entities;

public sealed class PerceptronTests
{
    // Invented sentences: people are introduced by "met", places follow "in".
    private static readonly string[][] Sentences =
    [
        ["Tarn", "Volle", "met", "Brisk", "in", "Holm", "."],
        ["Ada", "Quist", "met", "Marn", "in", "Sorvik", "."],
        ["Pell", "met", "Ulo", "Dray", "in", "Varda", "."],
        ["Kesh", "Amber", "met", "Ondo", "in", "Trel", "."],
    ];

    private static readonly string[][] Gold =
    [
        ["I-PER", "I-PER", "O", "I-PER", "O", "I-LOC", "O"],
        ["I-PER", "I-PER", "O", "I-PER", "O", "I-LOC", "O"],
        ["I-PER", "O", "I-PER", "I-PER", "O", "I-LOC", "O"],
        ["I-PER", "I-PER", "O", "I-PER", "O", "I-LOC", "O"],
    ];

    private static NerTagger Train()
    {
        var documents = Sentences.Select((s, i) => new List<LabelledSentence> { new(s, Gold[i]) }).ToList();
        var features = new NerFeatureExtractor(WordClusters.Empty, WordClusters.Empty, new PhraseLexicon());
        return NerTrainer.Train(documents, features, new NerTrainingOptions(Epochs: 10, Folds: 2, Seed: 1, Prune: 0), _ => { });
    }

    [Fact]
    public void Learns_the_pattern_and_tags_unseen_names()
    {
        var tagger = Train();
        var spans = tagger.Tag([["Rook", "Tamsin", "met", "Ivo", "in", "Calder", "."]]);
        Assert.Contains(new TaggedSpan(0, 0, 2, BilouScheme.ClassIndex("PER")), spans);
        Assert.Contains(new TaggedSpan(0, 5, 6, BilouScheme.ClassIndex("LOC")), spans);
    }

    [Fact]
    public void A_saved_model_reads_back_with_the_same_predictions()
    {
        var tagger = Train();
        var directory = Path.Combine(Path.GetTempPath(), "newsgraph-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            NerModelFiles.Save(tagger, directory);
            using var first = File.OpenRead(Path.Combine(directory, NerModelFiles.FirstPass));
            using var second = File.OpenRead(Path.Combine(directory, NerModelFiles.SecondPass));
            var loaded = new NerTagger(tagger.Features, PerceptronModel.Read(first), PerceptronModel.Read(second));
            string[][] text = [["Nia", "Orr", "met", "Bex", "in", "Lund", "."]];
            Assert.Equal(tagger.Tag(text), loaded.Tag(text));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
