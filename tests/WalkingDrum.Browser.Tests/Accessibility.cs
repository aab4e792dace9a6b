using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace WalkingDrum.Browser.Tests;

/// <summary>Runs axe-core on the page as it is now and fails on serious or critical violations.</summary>
public static class Accessibility
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page, string pageName)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations
            .Where(violation => BlockingImpacts.Contains(violation.Impact, StringComparer.OrdinalIgnoreCase))
            .SelectMany(violation => violation.Nodes.Select(node =>
                $"{violation.Id} ({violation.Impact}) at {node.Target}: {violation.Help} — {node.Html}"))
            .ToList();
        Assert.True(blocking.Count == 0, $"axe found on the {pageName} ({page.Url}):\n" + string.Join("\n", blocking));
    }
}
