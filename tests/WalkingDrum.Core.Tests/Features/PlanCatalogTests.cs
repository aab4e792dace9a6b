using Microsoft.Extensions.Options;
using WalkingDrum.Core.Features;
using WalkingDrum.Core.Tenancy;
using Xunit;

namespace WalkingDrum.Core.Tests.Features;

public sealed class PlanCatalogTests
{
    private static PlanCatalog Catalog() => new(Options.Create(new PlanOptions
    {
        DefaultPlan = "starter",
        Plans = new(StringComparer.OrdinalIgnoreCase)
        {
            ["lite"] = new PlanDefinition { DisplayName = "Lite", DisabledFeatures = ["admin.email-log"] },
        },
    }));

    [Fact]
    public void A_plan_switches_off_only_the_features_it_lists()
    {
        var plans = Catalog();
        Assert.False(plans.IsEnabled("lite", "admin.email-log"));
        Assert.True(plans.IsEnabled("lite", "storefront"));
        Assert.True(plans.IsEnabled("starter", "admin.email-log"));
    }

    [Fact]
    public void The_default_plan_exists_even_when_not_configured() =>
        Assert.Contains("starter", Catalog().Plans.Keys);

    [Fact]
    public void An_unknown_plan_gets_the_default_profile() =>
        Assert.True(Catalog().IsEnabled("gone", "admin.email-log"));

    [Fact]
    public void The_host_has_every_feature()
    {
        var context = new TenantContext();
        Assert.True(new FeatureChecker(context, Catalog()).IsEnabled("admin.email-log"));
        context.Set(new TenantInfo(Guid.NewGuid(), "a", "A", TenantState.Active, "lite"));
        Assert.False(new FeatureChecker(context, Catalog()).IsEnabled("admin.email-log"));
    }
}
