using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newsgraph.Corpus;
using Newsgraph.Engine;
using Newsgraph.Server.Api;
using Newsgraph.Server.Web;
using Scalar.AspNetCore;

namespace Newsgraph.Server;

/// <summary>
/// The web server over a store: the JSON API (/api, described at /openapi/v1.json, with a reference page
/// at /reference) and the server-rendered pages. Read-only: nothing it serves writes to the store.
/// </summary>
public static class NewsServer
{
    public const string ApiRateLimit = "api";
    public const string ReferencePath = "/reference";

    /// <summary>Everything a response may load comes from this server; no inline script anywhere.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>Where a started server listens (the port it was given, when it asked for port 0).</summary>
    public static IReadOnlyList<Uri> Addresses(WebApplication app) =>
        (app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []).Select(a => new Uri(a)).ToList();

    /// <summary>Opens the store (running its migrations) and builds the server; the caller runs it.</summary>
    public static async Task<WebApplication> CreateAsync(ServerOptions options, Action<ILoggingBuilder>? logging = null, CancellationToken ct = default)
    {
        var store = await CorpusStores.OpenAsync(options.Db, ct);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxAnalyzeBytes;
            k.Limits.MaxRequestLineSize = 8 * 1024;
            k.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
        });
        if (logging is not null) logging(builder.Logging);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton<ICorpusStore>(_ => store); // made by the container's factory, so disposed with it
        services.AddSingleton(_ => new NewsEngine());
        services.AddSingleton(new ResponseCache(store, options.ResponseCacheBytes));
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Newsgraph API";
            document.Info.Description = "Search the stored news; read articles and stories; analyse a page.";
            return Task.CompletedTask;
        }));
        services.AddRazorComponents();
        // Nothing the server signs outlives it (it serves no forms that post), so no key ring is kept on disk.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddRequestTimeouts(t => t.DefaultPolicy = new() { Timeout = options.RequestTimeout });
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(ApiRateLimit, context => options.ApiRequestsPerSecond <= 0
                ? RateLimitPartition.GetNoLimiter("all")
                : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.ApiRequestsPerSecond, Window = TimeSpan.FromSeconds(1) }));
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            await next();
        });
        app.UseWhen(c => c.Request.Path.StartsWithSegments(ReferencePath), branch => branch.Use(ReferencePagePolicy.ApplyAsync));
        app.UseRateLimiter();
        app.UseRequestTimeouts();
        var cache = app.Services.GetRequiredService<ResponseCache>();
        app.UseWhen(ResponseCache.Applies, branch => branch.Use(cache.InvokeAsync));

        app.MapOpenApi();
        // The reference page works offline: its assets come from the package, and it asks for no web fonts.
        app.MapScalarApiReference(ReferencePath, scalar => scalar.WithTitle("Newsgraph API").WithDefaultFonts(false));
        app.MapNewsgraphApi();
        app.MapNewsgraphPages();
        return app;
    }
}
