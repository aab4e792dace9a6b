using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WalkingDrum.Core.Features;
using WalkingDrum.Core.Http;
using WalkingDrum.Core.Identity;
using WalkingDrum.Tenants.Models;
using WalkingDrum.Tenants.Services;

namespace WalkingDrum.Tenants.Pages.Platform;

/// <summary>Platform admin: one shop, with plan, suspend, resume, export and delete.</summary>
[Scope(EndpointScope.Host)]
[Authorize(Roles = Roles.Operator)]
public sealed class PlatformTenantModel(
    TenantDirectory directory, TenantAdministration administration, TenantExporter exporter, PlanCatalog plans) : PageModel
{
    public Tenant Tenant { get; private set; } = null!;

    public IReadOnlyDictionary<string, PlanDefinition> Plans => plans.Plans;

    public IReadOnlyList<string> Exports { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken) =>
        await LoadAsync(name, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostSuspendAsync(string name, CancellationToken cancellationToken) =>
        ActAsync(name, administration.SuspendAsync(name, cancellationToken), "The shop is suspended.", cancellationToken);

    public Task<IActionResult> OnPostResumeAsync(string name, CancellationToken cancellationToken) =>
        ActAsync(name, administration.ResumeAsync(name, cancellationToken), "The shop is open again.", cancellationToken);

    public Task<IActionResult> OnPostPlanAsync(string name, string? plan, CancellationToken cancellationToken) =>
        ActAsync(name, administration.SetPlanAsync(name, plan ?? "", cancellationToken), "The plan was changed.", cancellationToken);

    public Task<IActionResult> OnPostAddDomainAsync(string name, string? host, CancellationToken cancellationToken) =>
        ActAsync(name, administration.AddDomainAsync(name, host, cancellationToken), $"{host} now serves this shop.", cancellationToken);

    public Task<IActionResult> OnPostRemoveDomainAsync(string name, string? host, CancellationToken cancellationToken) =>
        ActAsync(name, administration.RemoveDomainAsync(name, host, cancellationToken), $"{host} was detached.", cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(string name, string? confirm, CancellationToken cancellationToken)
    {
        if (!string.Equals(confirm, name, StringComparison.Ordinal))
        {
            ModelState.AddModelError("", "Tick the confirmation box to delete the shop.");
            return await LoadAsync(name, cancellationToken) ? Page() : NotFound();
        }

        var (error, file) = await administration.DeleteAsync(name, cancellationToken);
        return await FinishAsync(name, error, $"The shop was deleted; its data is in {file}.", cancellationToken);
    }

    public IActionResult OnGetExport(string name, string file)
    {
        // Only plain file names of this shop's exports; never a path.
        if (Path.GetFileName(file) != file || !file.StartsWith(name + "-", StringComparison.Ordinal) || !file.EndsWith(".json", StringComparison.Ordinal))
        {
            return NotFound();
        }

        var path = Path.Combine(exporter.ExportDirectory, file);
        return System.IO.File.Exists(path) ? PhysicalFile(path, "application/json", file) : NotFound();
    }

    private async Task<IActionResult> ActAsync(string name, Task<string?> action, string success, CancellationToken cancellationToken) =>
        await FinishAsync(name, await action, success, cancellationToken);

    private async Task<IActionResult> FinishAsync(string name, string? error, string success, CancellationToken cancellationToken)
    {
        if (error is null)
        {
            Message = success;
            return RedirectToPage(new { name });
        }

        ModelState.AddModelError("", error);
        return await LoadAsync(name, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string name, CancellationToken cancellationToken)
    {
        var tenant = await directory.FindAsync(name, cancellationToken);
        if (tenant is null)
        {
            return false;
        }

        Tenant = tenant;
        Exports = Directory.Exists(exporter.ExportDirectory)
            ? [.. Directory.EnumerateFiles(exporter.ExportDirectory, name + "-*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [];
        return true;
    }
}
