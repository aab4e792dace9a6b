using Microsoft.Playwright;

namespace WalkingDrum.Browser.Tests;

/// <summary>
/// Saves full-page PNGs as test output under <c>$WALKINGDRUM_ARTIFACTS/screenshots/</c>, or
/// <c>artifacts/screenshots/</c> at the repository root, named by provider and step.
/// </summary>
public sealed class Screenshots(string providerName)
{
    private static readonly Lazy<string> Folder = new(CreateFolder);

    public async Task TakeAsync(IPage page, string step)
    {
        var path = Path.Combine(Folder.Value, $"{providerName}-{step}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
    }

    private static string CreateFolder()
    {
        var artifacts = Environment.GetEnvironmentVariable("WALKINGDRUM_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryRoot(), "artifacts");
        return Directory.CreateDirectory(Path.Combine(artifacts, "screenshots")).FullName;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "WalkingDrum.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No WalkingDrum.sln above {AppContext.BaseDirectory}; set WALKINGDRUM_ARTIFACTS.");
    }
}
