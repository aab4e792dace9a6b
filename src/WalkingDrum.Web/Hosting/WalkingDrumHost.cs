using WalkingDrum.Core.Admin;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Events;
using WalkingDrum.Core.Features;
using WalkingDrum.Core.Http;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Theme.Services;
using WalkingDrum.Web.Data;
using WalkingDrum.Web.Email;
using WalkingDrum.Web.Identity;
using WalkingDrum.Web.Observability;
using WalkingDrum.Web.Tenancy;

namespace WalkingDrum.Web.Hosting;

/// <summary>Composition of the host: shared services, every module, and the request pipeline.</summary>
public static class WalkingDrumHost
{
    public static WebApplicationBuilder AddWalkingDrum(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        builder.WebHost.UseStaticWebAssets();
        builder.AddWalkingDrumTelemetry();

        services.Configure<AppDataOptions>(o => o.Path = Path.GetFullPath(
            configuration["AppData"] ?? Path.Combine(builder.Environment.ContentRootPath, "App_Data")));
        services.Configure<TenancyOptions>(configuration.GetSection("Tenancy"));
        services.Configure<PlanOptions>(configuration.GetSection("Plans"));
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddHttpContextAccessor();
        services.AddProblemDetails();
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddSingleton<ITenantScopeRunner, TenantScopeRunner>();
        services.AddSingleton<PlanCatalog>();
        services.AddScoped<IFeatureChecker, FeatureChecker>();
        services.AddSingleton<Microsoft.AspNetCore.Routing.MatcherPolicy, ScopeMatcherPolicy>();
        services.AddStorefrontTheme();
        services.AddStorefrontOutputCache(configuration);
        services.AddScoped<ContentParts>();
        services.AddScoped<DomainEvents>();
        services.AddSingleton(new AdminMenuItem("Dashboard", "/admin", 0));
        services.AddSingleton(new AdminMenuItem("Emails", "/admin/emails", 900, HostFeatures.EmailLog));

        services.AddWalkingDrumDatabase(configuration);
        services.AddWalkingDrumIdentity();
        services.AddWalkingDrumEmail(configuration);
        services.AddWalkingDrumHealth();
        services.AddWalkingDrumRateLimiting(configuration);
        services.AddAntiforgery(o => o.Cookie.Name = "wd_csrf");
        services.AddOpenApi();

        var mvc = services.AddRazorPages();
        foreach (var module in ModuleCatalog.All)
        {
            module.ConfigureServices(services, configuration);
            mvc.AddApplicationPart(module.GetType().Assembly);
        }

        return builder;
    }

    public static WebApplication UseWalkingDrum(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusPages.WriteAsync);
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<SuspendedShopGuard>();
        app.UseMiddleware<FeatureGate>();
        app.UseOutputCache();
        app.UseAntiforgery();

        app.MapRazorPages();
        app.MapHealthEndpoints();
        app.MapOpenApi().WithMetadata(new ScopeAttribute(EndpointScope.Any));
        foreach (var module in ModuleCatalog.All)
        {
            module.MapEndpoints(app);
        }

        return app;
    }
}
