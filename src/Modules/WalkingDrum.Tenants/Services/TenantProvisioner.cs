using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Features;
using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Recipes;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Tenants.Models;
using WalkingDrum.Tenants.Recipes;

namespace WalkingDrum.Tenants.Services;

/// <summary>
/// Opens a shop: the registry row, the owner account and the recipe's steps commit together in
/// one transaction inside the new tenant's scope, or nothing is written at all.
/// </summary>
public sealed partial class TenantProvisioner(
    ITenantScopeRunner scopes,
    ITenantLookup lookup,
    RecipeCatalog recipes,
    PlanCatalog plans,
    TimeProvider clock,
    TenantsMetrics metrics,
    ILogger<TenantProvisioner> logger)
{
    public const string DefaultRecipe = "blank";

    private static readonly ActivitySource Activities = new(TenantsMetrics.MeterName);

    public async Task<ProvisioningResult> ProvisionAsync(SignupRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = SignupValidator.Validate(request);
        var recipe = recipes.Find(string.IsNullOrWhiteSpace(request.Recipe) ? DefaultRecipe : request.Recipe);
        if (recipe is null)
        {
            errors["recipe"] = [$"There is no recipe named '{request.Recipe}'."];
        }

        if (!errors.ContainsKey("password") && await PasswordErrorsAsync(request) is { Length: > 0 } passwordErrors)
        {
            errors["password"] = passwordErrors;
        }

        if (errors.Count > 0)
        {
            return new ProvisioningResult.Invalid(errors);
        }

        using var activity = Activities.StartActivity("tenant.provision");
        activity?.SetTag("walkingdrum.tenant", request.Subdomain);
        activity?.SetTag("walkingdrum.recipe", recipe!.Name);
        var started = Stopwatch.GetTimestamp();
        var name = request.Subdomain!;
        if (await lookup.FindByNameAsync(name, cancellationToken) is not null)
        {
            return Taken(name);
        }

        var tenant = new TenantInfo(Guid.CreateVersion7(), name, request.StoreName!.Trim(), TenantState.Provisioning, plans.DefaultPlan);
        try
        {
            var result = await scopes.RunAsync(tenant, services => CreateAsync(services, tenant, recipe!, request, cancellationToken));
            lookup.Invalidate(tenant.Id, name);
            if (result is ProvisioningResult.Created)
            {
                var elapsed = Stopwatch.GetElapsedTime(started);
                metrics.Provisioned(elapsed);
                LogProvisioned(logger, name, recipe!.Name, elapsed.TotalMilliseconds);
            }

            return result;
        }
        catch (RecipeException ex)
        {
            // A broken recipe is the platform's fault, but the merchant still gets an answer, and
            // the transaction already rolled back every row the earlier steps wrote.
            LogRecipeFailed(logger, ex, name, recipe!.Name);
            return new ProvisioningResult.Invalid(new Dictionary<string, string[]>
            {
                ["recipe"] = [$"The '{recipe.Name}' recipe could not be applied: {ex.Message}"],
            });
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // Two signups raced for one name and the unique index let exactly one win; anything
            // else is a real fault and propagates.
            if (await NameExistsAsync(name))
            {
                return Taken(name);
            }

            throw;
        }
    }

    private async Task<ProvisioningResult> CreateAsync(
        IServiceProvider services, TenantInfo tenant, Recipe recipe, SignupRequest request, CancellationToken cancellationToken)
    {
        var users = services.GetRequiredService<UserManager<ShopUser>>();
        var owner = new ShopUser
        {
            UserName = request.Email,
            Email = request.Email,
            CreatedAt = clock.GetUtcNow(),
        };
        var db = services.GetRequiredService<WalkingDrumDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = new Tenant
        {
            Id = tenant.Id,
            Name = tenant.Name,
            DisplayName = tenant.DisplayName,
            State = TenantState.Provisioning,
            Plan = tenant.Plan,
            OwnerEmail = request.Email!,
            Recipe = recipe.Name,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Add(row);
        await db.SaveChangesAsync(cancellationToken);

        var created = await users.CreateAsync(owner, request.Password!);
        var joined = created.Succeeded ? await users.AddToRoleAsync(owner, Roles.Owner) : created;
        if (!joined.Succeeded)
        {
            return new ProvisioningResult.Invalid(new Dictionary<string, string[]>
            {
                ["email"] = [.. joined.Errors.Select(e => e.Description)],
            });
        }

        await services.GetRequiredService<RecipeRunner>()
            .RunAsync(recipe, new RecipeContext(services, owner.Email!), cancellationToken);

        // Steps that import many rows forget them between batches (ChangeTracker.Clear), the
        // registry row included, so it is attached again before it is marked active.
        if (db.Entry(row).State == EntityState.Detached)
        {
            db.Attach(row);
        }

        row.State = TenantState.Active;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ProvisioningResult.Created(tenant with { State = TenantState.Active }, owner);
    }

    // Checked with every other field, so the merchant learns all that is wrong in one answer.
    private Task<string[]> PasswordErrorsAsync(SignupRequest request) =>
        scopes.RunAsync(TenantInfo.Host, async services =>
        {
            var users = services.GetRequiredService<UserManager<ShopUser>>();
            var candidate = new ShopUser { UserName = request.Email, Email = request.Email };
            var errors = new List<string>();
            foreach (var validator in users.PasswordValidators)
            {
                var check = await validator.ValidateAsync(users, candidate, request.Password);
                errors.AddRange(check.Errors.Select(e => e.Description));
            }

            return errors.ToArray();
        });

    private Task<bool> NameExistsAsync(string name) =>
        scopes.RunAsync(TenantInfo.Host, services =>
            services.GetRequiredService<WalkingDrumDbContext>().Set<Tenant>().AnyAsync(t => t.Name == name));

    private static ProvisioningResult.Taken Taken(string name) =>
        new("subdomain", $"The subdomain '{name}' is already taken; choose another.");

    [LoggerMessage(Level = LogLevel.Error, Message = "Recipe {Recipe} failed while provisioning {TenantName}")]
    private static partial void LogRecipeFailed(ILogger logger, Exception exception, string tenantName, string recipe);

    [LoggerMessage(Level = LogLevel.Information, Message = "Provisioned tenant {TenantName} from recipe {Recipe} in {ElapsedMs:F1} ms")]
    private static partial void LogProvisioned(ILogger logger, string tenantName, string recipe, double elapsedMs);
}
