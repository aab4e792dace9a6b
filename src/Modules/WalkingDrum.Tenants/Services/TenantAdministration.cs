using Microsoft.EntityFrameworkCore;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Features;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Tenants.Models;

namespace WalkingDrum.Tenants.Services;

/// <summary>Operator actions on a tenant; each changes one registry row and clears its cache entry.</summary>
public sealed class TenantAdministration(
    WalkingDrumDbContext db, ITenantLookup lookup, TenantExporter exporter, PlanCatalog plans, TimeProvider clock)
{
    public Task<string?> SuspendAsync(string name, CancellationToken cancellationToken) =>
        ChangeAsync(name, tenant =>
        {
            if (tenant.State != TenantState.Active)
            {
                return "Only an active shop can be suspended.";
            }

            tenant.State = TenantState.Suspended;
            tenant.SuspendedAt = clock.GetUtcNow();
            return null;
        }, cancellationToken);

    public Task<string?> ResumeAsync(string name, CancellationToken cancellationToken) =>
        ChangeAsync(name, tenant =>
        {
            if (tenant.State != TenantState.Suspended)
            {
                return "Only a suspended shop can be resumed.";
            }

            tenant.State = TenantState.Active;
            tenant.SuspendedAt = null;
            return null;
        }, cancellationToken);

    public Task<string?> SetPlanAsync(string name, string plan, CancellationToken cancellationToken) =>
        ChangeAsync(name, tenant =>
        {
            if (!plans.Plans.ContainsKey(plan))
            {
                return $"There is no plan named '{plan}'.";
            }

            tenant.Plan = plans.Plans.Keys.First(k => string.Equals(k, plan, StringComparison.OrdinalIgnoreCase));
            return null;
        }, cancellationToken);

    /// <summary>Exports the shop's data to a file, then soft-deletes it; the name stays reserved.</summary>
    public async Task<(string? Error, string? ExportFile)> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        var tenant = await db.Set<Tenant>().FirstOrDefaultAsync(t => t.Name == name, cancellationToken);
        if (tenant is null || tenant.State == TenantState.Deleted)
        {
            return ("There is no such shop.", null);
        }

        var file = await exporter.ExportToFileAsync(tenant.ToInfo(), cancellationToken);
        tenant.State = TenantState.Deleted;
        tenant.DeletedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        lookup.Invalidate(name);
        return (null, file);
    }

    private async Task<string?> ChangeAsync(string name, Func<Tenant, string?> change, CancellationToken cancellationToken)
    {
        var tenant = await db.Set<Tenant>().FirstOrDefaultAsync(t => t.Name == name, cancellationToken);
        if (tenant is null || tenant.State == TenantState.Deleted)
        {
            return "There is no such shop.";
        }

        var error = change(tenant);
        if (error is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            lookup.Invalidate(name);
        }

        return error;
    }
}
