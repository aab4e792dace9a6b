using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Core.Identity;

/// <summary>
/// Identity's user store over tenant-keyed tables. The stock store looks rows up with a
/// single-column <c>FindAsync</c>; here every lookup is a query, so the tenant filter applies and
/// composite keys work.
/// </summary>
public sealed class TenantUserStore(WalkingDrumDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<ShopUser, ShopRole, WalkingDrumDbContext, Guid, ShopUserClaim, ShopUserRole, ShopUserLogin, ShopUserToken, ShopRoleClaim>(context, describer)
{
    /// <inheritdoc />
    public override Task<ShopUser?> FindByIdAsync(string userId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        return Guid.TryParse(userId, out var id)
            ? Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken)
            : Task.FromResult<ShopUser?>(null);
    }

    /// <inheritdoc />
    protected override Task<ShopUserRole?> FindUserRoleAsync(Guid userId, Guid roleId, CancellationToken cancellationToken) =>
        Context.Set<ShopUserRole>().FirstOrDefaultAsync(r => r.UserId == userId && r.RoleId == roleId, cancellationToken);

    /// <inheritdoc />
    protected override Task<ShopUserToken?> FindTokenAsync(ShopUser user, string loginProvider, string name, CancellationToken cancellationToken) =>
        Context.Set<ShopUserToken>().FirstOrDefaultAsync(
            t => t.UserId == user.Id && t.LoginProvider == loginProvider && t.Name == name, cancellationToken);

    /// <inheritdoc />
    protected override Task<ShopUserLogin?> FindUserLoginAsync(string loginProvider, string providerKey, CancellationToken cancellationToken) =>
        Context.Set<ShopUserLogin>().FirstOrDefaultAsync(
            l => l.LoginProvider == loginProvider && l.ProviderKey == providerKey, cancellationToken);

    /// <inheritdoc />
    protected override ShopUserClaim CreateUserClaim(ShopUser user, System.Security.Claims.Claim claim)
    {
        var userClaim = base.CreateUserClaim(user, claim);
        // Claim ids are only unique within a tenant; tenants never share a claim row.
        userClaim.Id = Random.Shared.Next(1, int.MaxValue);
        return userClaim;
    }
}

/// <summary>Identity's role store; roles are platform-wide, so the stock lookups are kept.</summary>
public sealed class PlatformRoleStore(WalkingDrumDbContext context, IdentityErrorDescriber? describer = null)
    : RoleStore<ShopRole, WalkingDrumDbContext, Guid, ShopUserRole, ShopRoleClaim>(context, describer);
