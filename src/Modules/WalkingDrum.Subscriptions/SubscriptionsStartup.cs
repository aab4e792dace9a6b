using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Services.Carts;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Features;
using WalkingDrum.Core.Modules;
using WalkingDrum.Core.Recipes;
using WalkingDrum.Subscriptions.Data;
using WalkingDrum.Subscriptions.Parts;
using WalkingDrum.Subscriptions.Recipes;
using WalkingDrum.Subscriptions.Services.Lifecycle;
using WalkingDrum.Subscriptions.Services.Plans;
using WalkingDrum.Theme.Services;

namespace WalkingDrum.Subscriptions;

/// <summary>Subscription plans on products, the subscription lifecycle, billing cycles, dunning and the customer portal.</summary>
public sealed class SubscriptionsStartup : IModuleStartup
{
    /// <summary>The feature a shop's plan can switch off to sell one-time products only.</summary>
    public static readonly FeatureDescriptor SubscriptionsFeature = new("subscriptions", "Subscriptions");

    public ModuleDescriptor Descriptor { get; } = new(
        "WalkingDrum.Subscriptions",
        "Subscriptions",
        "Subscription plans on products, renewals with dunning, invoices and the customer portal.",
        [SubscriptionsFeature]);

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // Plans: the product part that edits and shows them, cart pricing and the recipe step.
        services.AddSingleton<IModelContributor, PlanModel>();
        services.AddScoped<PlanStaging>();
        services.AddScoped<IContentPart, SubscriptionOptionsPart>();
        services.AddScoped<IPurchaseOptions, PlanPurchaseOptions>();
        services.AddScoped<IRecipeStep, SubscriptionPlansStep>();
        services.AddLiquidDrop<SubscriptionOptionsDrop>().AddLiquidDrop<SubscriptionPlanDrop>();

        // Subscriptions, their items and timelines; the lifecycle rules every caller goes through.
        services.AddSingleton<IModelContributor, SubscriptionModel>();
        services.AddOptions<SubscriptionLifecycleOptions>().Bind(configuration.GetSection("Subscriptions:Lifecycle"));
        services.AddSingleton<SubscriptionLifecycle>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
