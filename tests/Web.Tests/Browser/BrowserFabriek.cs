using Microsoft.Playwright;

namespace Besluitvorming.Web.Tests.Browser;

/// <summary>The app on a real 127.0.0.1 port (Kestrel) and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserFabriek : IAsyncLifetime
{
    private readonly BesluitvormingFabriek _app = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string Adres { get; private set; } = "";
    public BesluitvormingFabriek App => _app;

    public async ValueTask InitializeAsync()
    {
        Adres = _app.StartOpEchtePoort().ToString().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _app.DisposeAsync();
    }
}
