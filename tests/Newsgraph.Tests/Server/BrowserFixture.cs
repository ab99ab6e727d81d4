using Microsoft.Playwright;

namespace Newsgraph.Tests.Server;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download): NEWSGRAPH_CHROMIUM or /usr/bin/chromium.
/// Browser tests skip with a message when neither exists; .ci/run installs the package.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly string? Executable = new[] { Environment.GetEnvironmentVariable("NEWSGRAPH_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
        .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    private IPlaywright? _playwright;
    public IBrowser? Browser { get; private set; }

    public async Task InitializeAsync()
    {
        if (Executable is null) return;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Executable, Headless = true, Args = ["--no-sandbox"] });
    }

    /// <summary>A fresh page; skips the test when no Chromium is installed.</summary>
    public async Task<IPage> NewPageAsync()
    {
        Skip.If(Browser is null, "Chromium not found (apt install chromium, or set NEWSGRAPH_CHROMIUM): browser test skipped");
        var context = await Browser!.NewContextAsync(new() { JavaScriptEnabled = true });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
