namespace Newsgraph.Tests;

/// <summary>
/// Locates the shared data folder (../shared beside the checkout). Tests that need it call
/// <see cref="Require"/>, which skips them with a clear message on a clone without it.
/// </summary>
public static class SharedData
{
    public static string? Root { get; } = Find();

    /// <summary>The checkout's root folder (where Newsgraph.slnx is).</summary>
    public static string RepositoryRoot { get; } = FindRepository()
        ?? throw new InvalidOperationException("tests run outside a Newsgraph checkout");

    public static string Require(params string[] relative)
    {
        var path = Root is null ? null : Path.Combine([Root, .. relative]);
        Skip.If(path is null || !(File.Exists(path) || Directory.Exists(path)),
            $"shared data not found ({Path.Combine(relative)} under ../shared beside the checkout): skipped");
        return path!;
    }

    private static string? Find()
    {
        if (FindRepository() is not { } repository) return null;
        var shared = Path.Combine(repository, "..", "shared");
        return Directory.Exists(shared) ? Path.GetFullPath(shared) : null;
    }

    private static string? FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Newsgraph.slnx"))) return dir.FullName;
        return null;
    }
}

/// <summary>Files under tests/Fixtures (our own, hand-written pages), copied next to the test binaries.</summary>
public static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Read(string name) => File.ReadAllText(Path(name));
}
