using WalkingDrum.Billing;
using WalkingDrum.Commerce;
using WalkingDrum.Content;
using WalkingDrum.Core.Modules;
using WalkingDrum.Subscriptions;
using WalkingDrum.Tenants;

namespace WalkingDrum.Web.Hosting;

/// <summary>The one place that lists the modules this host runs, in load order.</summary>
public static class ModuleCatalog
{
    public static IReadOnlyList<IModuleStartup> All { get; } =
    [
        new TenantsStartup(),
        new ContentStartup(),
        new CommerceStartup(),
        new BillingStartup(),
        new SubscriptionsStartup(),
    ];
}
