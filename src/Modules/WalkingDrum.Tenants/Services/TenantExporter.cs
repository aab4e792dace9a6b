using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Http;
using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Tenants.Models;

namespace WalkingDrum.Tenants.Services;

/// <summary>
/// Writes everything a shop owns to one JSON file under <c>App_Data/exports</c>, read inside the
/// tenant's own scope so the export can only ever contain that tenant's rows.
/// </summary>
public sealed class TenantExporter(ITenantScopeRunner scopes, IOptions<AppDataOptions> appData, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string ExportDirectory => Path.Combine(appData.Value.Path, "exports");

    public async Task<string> ExportToFileAsync(TenantInfo tenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var document = await scopes.RunAsync(tenant, services => BuildAsync(services, tenant, cancellationToken));
        Directory.CreateDirectory(ExportDirectory);
        var fileName = $"{tenant.Name}-{clock.GetUtcNow():yyyyMMddHHmmss}.json";
        var path = Path.Combine(ExportDirectory, fileName);
        await using (var stream = File.Create(path))
        {
            await JsonSerializer.SerializeAsync(stream, document, Json, cancellationToken);
        }

        return fileName;
    }

    private static async Task<object> BuildAsync(IServiceProvider services, TenantInfo tenant, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<WalkingDrumDbContext>();
        var row = await db.Set<Tenant>().AsNoTracking().Include(t => t.Domains)
            .SingleAsync(t => t.Id == tenant.Id, cancellationToken);
        var users = await db.Set<ShopUser>().AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.EmailConfirmed, u.CreatedAt })
            .ToListAsync(cancellationToken);
        var roles = await db.Set<ShopUserRole>().AsNoTracking()
            .Join(db.Set<ShopRole>(), ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return new
        {
            exportedAt = services.GetRequiredService<TimeProvider>().GetUtcNow(),
            tenant = new
            {
                row.Id, row.Name, row.DisplayName, State = row.State.ToString(), row.Plan, row.OwnerEmail, row.Recipe,
                row.CreatedAt, Settings = TenantSettings.Parse(row.Settings), Domains = row.Domains.Select(d => d.Host),
            },
            users = users.Select(u => new
            {
                u.Id, u.Email, u.EmailConfirmed, u.CreatedAt,
                Roles = roles.Where(r => r.UserId == u.Id).Select(r => r.Name),
            }),
        };
    }
}
