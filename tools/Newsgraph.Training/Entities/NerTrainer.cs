using Newsgraph.Analysis.Entities.Tagging;
using Newsgraph.Analysis.Learning;
using Newsgraph.Training.Learning;

namespace Newsgraph.Training.Entities;

/// <summary>Settings of a training run; the defaults reproduce the committed model.</summary>
public sealed record NerTrainingOptions(int Epochs = 12, int Folds = 3, int Seed = 17, float Prune = 1e-4f);

/// <summary>
/// Trains the two-pass tagger. The second pass must learn from first-pass tags as noisy as they will be
/// on new text, so the training documents are split into folds and each fold is tagged by a first-pass
/// model trained on the other folds (jack-knifing); the final first pass is then trained on everything.
/// </summary>
public static class NerTrainer
{
    public static NerTagger Train(IReadOnlyList<List<LabelledSentence>> documents, NerFeatureExtractor features,
        NerTrainingOptions options, Action<string> log)
    {
        var prepared = documents.Select(d => Prepare(d, features)).ToList();
        var firstTags = prepared.Select(d => new int[d.Count][]).ToList();
        for (int fold = 0; fold < options.Folds; fold++)
        {
            var training = prepared.Where((_, d) => d % options.Folds != fold).ToList();
            var model = TrainPass(training, features, options, $"fold {fold + 1}/{options.Folds}", log);
            for (int d = fold; d < prepared.Count; d += options.Folds)
                for (int s = 0; s < prepared[d].Count; s++)
                    firstTags[d][s] = GreedyDecoder.Tag(prepared[d][s].View, features, model);
        }
        var first = TrainPass(prepared, features, options, "first pass", log);
        for (int d = 0; d < prepared.Count; d++)
            NerTagger.AddFirstPass(prepared[d].Select(x => x.View).ToList(), firstTags[d]);
        var second = TrainPass(prepared, features, options, "second pass", log);
        return new NerTagger(features, first, second);
    }

    private static List<(SentenceView View, int[] Gold)> Prepare(List<LabelledSentence> document, NerFeatureExtractor features)
    {
        var views = features.Prepare(document.Select(s => s.Words).ToList());
        return views.Select((v, i) => (v, BilouScheme.Encode(v.Length, BilouScheme.SpansFromIob(document[i].Tags)))).ToList();
    }

    private static PerceptronModel TrainPass(List<List<(SentenceView View, int[] Gold)>> documents, NerFeatureExtractor features,
        NerTrainingOptions options, string name, Action<string> log)
    {
        var trainer = new PerceptronTrainer(BilouScheme.TagCount);
        var order = Enumerable.Range(0, documents.Count).ToArray();
        var random = new Random(options.Seed);
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, total = 0;
            foreach (int d in order)
                foreach (var (view, gold) in documents[d])
                {
                    // The greedy decoder, so that each update sees the tags the trainer itself just chose.
                    GreedyDecoder.Tag(view, features, trainer, (i, list, predicted) =>
                    {
                        trainer.Step();
                        total++;
                        if (predicted == gold[i]) return;
                        errors++;
                        trainer.Update(list, gold[i], 1f);
                        trainer.Update(list, predicted, -1f);
                    });
                }
            log($"{name}: epoch {epoch}/{options.Epochs}, token error rate {(total == 0 ? 0 : (double)errors / total):P2}");
        }
        var model = trainer.Average(options.Prune);
        log($"{name}: {model.FeatureCount:N0} features kept");
        return model;
    }

    /// <summary>Exact span-and-class scores (as conlleval) of the tagger on labelled documents.</summary>
    public static NerScores Evaluate(NerTagger tagger, IReadOnlyList<List<LabelledSentence>> documents)
    {
        var scores = new NerScores();
        foreach (var document in documents)
        {
            var predicted = tagger.Tag(document.Select(s => s.Words).ToList());
            for (int s = 0; s < document.Count; s++)
            {
                var gold = BilouScheme.SpansFromIob(document[s].Tags).ToHashSet();
                var guess = predicted.Where(p => p.Sentence == s).Select(p => (p.Start, p.End, p.Class)).ToHashSet();
                scores.Add(gold, guess);
            }
        }
        return scores;
    }
}

/// <summary>True positive, false positive and false negative counts per class, with F1.</summary>
public sealed class NerScores
{
    private readonly int[,] _counts = new int[BilouScheme.Classes.Length, 3];

    public void Add(HashSet<(int, int, int)> gold, HashSet<(int, int, int)> predicted)
    {
        foreach (var g in gold) _counts[g.Item3, predicted.Contains(g) ? 0 : 2]++;
        foreach (var p in predicted) if (!gold.Contains(p)) _counts[p.Item3, 1]++;
    }

    public (double P, double R, double F1) Of(int cls) => Prf(_counts[cls, 0], _counts[cls, 1], _counts[cls, 2]);

    public (double P, double R, double F1) Overall()
    {
        int tp = 0, fp = 0, fn = 0;
        for (int c = 0; c < BilouScheme.Classes.Length; c++) { tp += _counts[c, 0]; fp += _counts[c, 1]; fn += _counts[c, 2]; }
        return Prf(tp, fp, fn);
    }

    private static (double, double, double) Prf(int tp, int fp, int fn)
    {
        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp), r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    public override string ToString()
    {
        var lines = BilouScheme.Classes.Select((c, i) => Of(i) is var s ? $"{c,-5} p={s.P:F4} r={s.R:F4} f1={s.F1:F4}" : "");
        var o = Overall();
        return string.Join('\n', lines) + $"\noverall p={o.P:F4} r={o.R:F4} f1={o.F1:F4}";
    }
}
