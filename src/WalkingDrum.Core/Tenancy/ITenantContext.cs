namespace WalkingDrum.Core.Tenancy;

/// <summary>The tenant the current scope (request or background job) runs inside.</summary>
public interface ITenantContext
{
    /// <summary>The current tenant; <see cref="TenantInfo.Host"/> for platform-level work.</summary>
    TenantInfo Tenant { get; }

    /// <summary>Shorthand for <c>Tenant.Id</c>; <see cref="Guid.Empty"/> at the host.</summary>
    Guid TenantId => Tenant.Id;
}

/// <summary>Scoped holder set once per scope by tenant resolution or <see cref="ITenantScopeRunner"/>.</summary>
public sealed class TenantContext : ITenantContext
{
    private TenantInfo? _tenant;

    /// <inheritdoc />
    public TenantInfo Tenant => _tenant ?? TenantInfo.Host;

    /// <summary>Binds the scope to a tenant. A scope never changes tenant once bound.</summary>
    public void Set(TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (_tenant is not null && _tenant.Id != tenant.Id)
        {
            throw new InvalidOperationException("This scope is already bound to another tenant.");
        }

        _tenant = tenant;
    }
}
