using WalkingDrum.Core.Tenancy;
using Xunit;

namespace WalkingDrum.Core.Tests.Tenancy;

public sealed class TenantContextTests
{
    private static TenantInfo Shop(string name) => new(Guid.NewGuid(), name, name, TenantState.Active, "starter");

    [Fact]
    public void An_unbound_scope_is_the_platform_host()
    {
        var context = new TenantContext();
        Assert.True(context.Tenant.IsHost);
        Assert.Equal(Guid.Empty, ((ITenantContext)context).TenantId);
    }

    [Fact]
    public void A_scope_never_moves_to_another_tenant()
    {
        var context = new TenantContext();
        var first = Shop("first");
        context.Set(first);
        context.Set(first);
        Assert.Throws<InvalidOperationException>(() => context.Set(Shop("second")));
        Assert.Same(first, context.Tenant);
    }
}
