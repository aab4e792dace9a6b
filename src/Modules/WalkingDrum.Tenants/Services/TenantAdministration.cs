using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Features;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Tenants.Models;

namespace WalkingDrum.Tenants.Services;

/// <summary>Operator actions on a tenant; each changes one registry row and clears its cache entry.</summary>
public sealed class TenantAdministration(
    WalkingDrumDbContext db,
    ITenantLookup lookup,
    TenantExporter exporter,
    PlanCatalog plans,
    TimeProvider clock,
    IOptions<TenancyOptions> tenancy)
{
    private readonly string? _baseDomain = tenancy.Value.BaseDomain;

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

    /// <summary>Attaches a custom domain; the merchant points its DNS at the platform.</summary>
    public async Task<string?> AddDomainAsync(string name, string? host, CancellationToken cancellationToken)
    {
        var normalized = host?.Trim().TrimEnd('.').ToLowerInvariant() ?? "";
        if (DomainRules.Error(normalized, _baseDomain) is { } error)
        {
            return error;
        }

        if (await db.Set<TenantDomain>().AnyAsync(d => d.Host == normalized, cancellationToken))
        {
            return $"{normalized} already serves a shop.";
        }

        var tenant = await db.Set<Tenant>().FirstOrDefaultAsync(t => t.Name == name, cancellationToken);
        if (tenant is null || tenant.State == TenantState.Deleted)
        {
            return "There is no such shop.";
        }

        db.Add(new TenantDomain { Host = normalized, TenantId = tenant.Id });
        await db.SaveChangesAsync(cancellationToken);
        lookup.InvalidateHost(normalized);
        return null;
    }

    public async Task<string?> RemoveDomainAsync(string name, string? host, CancellationToken cancellationToken)
    {
        var normalized = host?.Trim().ToLowerInvariant() ?? "";
        var domain = await db.Set<TenantDomain>()
            .Where(d => d.Host == normalized)
            .Join(db.Set<Tenant>().Where(t => t.Name == name), d => d.TenantId, t => t.Id, (d, _) => d)
            .FirstOrDefaultAsync(cancellationToken);
        if (domain is null)
        {
            return $"{normalized} is not a domain of this shop.";
        }

        db.Remove(domain);
        await db.SaveChangesAsync(cancellationToken);
        lookup.InvalidateHost(normalized);
        return null;
    }

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
        lookup.Invalidate(tenant.Id, name);
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
            lookup.Invalidate(tenant.Id, name);
        }

        return error;
    }
}
