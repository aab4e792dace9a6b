using Microsoft.AspNetCore.Identity;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Core.Identity;

/// <summary>
/// A person who signs in to one tenant (owner, staff, customer) or, at the host scope
/// (<see cref="Guid.Empty"/> tenant), a platform operator. Emails are unique per tenant only.
/// </summary>
public sealed class ShopUser : IdentityUser<Guid>, ITenantOwned
{
    /// <summary>Creates a user with a time-ordered id (EF does not generate parts of a composite key).</summary>
    public ShopUser() => Id = Guid.CreateVersion7();

    /// <inheritdoc />
    public Guid TenantId { get; set; }

    /// <summary>When the account was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A platform-defined role; the same small set serves every tenant.</summary>
public sealed class ShopRole : IdentityRole<Guid>;

/// <summary>Membership of a tenant's user in a role.</summary>
public sealed class ShopUserRole : IdentityUserRole<Guid>, ITenantOwned
{
    /// <inheritdoc />
    public Guid TenantId { get; set; }
}

/// <summary>A claim attached to a tenant's user.</summary>
public sealed class ShopUserClaim : IdentityUserClaim<Guid>, ITenantOwned
{
    /// <inheritdoc />
    public Guid TenantId { get; set; }
}

/// <summary>An external login of a tenant's user.</summary>
public sealed class ShopUserLogin : IdentityUserLogin<Guid>, ITenantOwned
{
    /// <inheritdoc />
    public Guid TenantId { get; set; }
}

/// <summary>An authentication token of a tenant's user.</summary>
public sealed class ShopUserToken : IdentityUserToken<Guid>, ITenantOwned
{
    /// <inheritdoc />
    public Guid TenantId { get; set; }
}

/// <summary>A claim attached to a platform role.</summary>
public sealed class ShopRoleClaim : IdentityRoleClaim<Guid>;
