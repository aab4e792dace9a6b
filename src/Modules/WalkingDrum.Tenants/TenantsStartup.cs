using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Core.Admin;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Modules;
using WalkingDrum.Core.Recipes;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Tenants.Data;
using WalkingDrum.Tenants.Endpoints;
using WalkingDrum.Tenants.Recipes;
using WalkingDrum.Tenants.Services;

namespace WalkingDrum.Tenants;

/// <summary>Signup, provisioning from recipes, the host registry and the platform admin.</summary>
public sealed class TenantsStartup : IModuleStartup
{
    public ModuleDescriptor Descriptor { get; } = new(
        "WalkingDrum.Tenants",
        "Tenants",
        "Merchant signup, provisioning from recipes, the tenant registry and the platform admin.",
        []);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IModelContributor, TenantsModel>();
        services.AddSingleton<ITenantLookup, TenantRegistry>();
        services.AddSingleton<RecipeCatalog>();
        services.AddSingleton<TenantsMetrics>();
        services.AddSingleton<TenantProvisioner>();
        services.AddSingleton<TenantExporter>();
        services.AddScoped<RecipeRunner>();
        services.AddScoped<IStoreProfileReader, StoreProfileReader>();
        services.AddScoped<StoreSettingsService>();
        services.AddSingleton(new AdminMenuItem("Settings", "/admin/settings", 800));
        services.AddScoped<SignupLinks>();
        services.AddScoped<TenantDirectory>();
        services.AddScoped<TenantAdministration>();
        services.AddScoped<IRecipeStep, StoreSettingsStep>();
        services.AddScoped<IRecipeStep, UsersStep>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapSignupEndpoints();
}
