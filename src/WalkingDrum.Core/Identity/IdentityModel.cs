using Microsoft.EntityFrameworkCore;

namespace WalkingDrum.Core.Identity;

/// <summary>
/// Identity tables with <c>tenant_id</c> leading every key: an email is unique per tenant and
/// no membership, claim, login or token can point at another tenant's user.
/// </summary>
internal static class IdentityModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<ShopUser>(user =>
        {
            user.ToTable("Users");
            user.HasKey(u => new { u.TenantId, u.Id });
            user.HasIndex(u => new { u.TenantId, u.NormalizedUserName }).IsUnique();
            user.HasIndex(u => new { u.TenantId, u.NormalizedEmail });
            user.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
            user.Property(u => u.UserName).HasMaxLength(256);
            user.Property(u => u.NormalizedUserName).HasMaxLength(256);
            user.Property(u => u.Email).HasMaxLength(256);
            user.Property(u => u.NormalizedEmail).HasMaxLength(256);
            user.Property(u => u.PasswordHash).HasMaxLength(512);
            user.Property(u => u.SecurityStamp).HasMaxLength(64);
            user.Property(u => u.ConcurrencyStamp).HasMaxLength(64);
            user.Property(u => u.PhoneNumber).HasMaxLength(32);
            user.HasMany<ShopUserClaim>().WithOne().HasForeignKey(c => new { c.TenantId, c.UserId }).IsRequired();
            user.HasMany<ShopUserLogin>().WithOne().HasForeignKey(l => new { l.TenantId, l.UserId }).IsRequired();
            user.HasMany<ShopUserToken>().WithOne().HasForeignKey(t => new { t.TenantId, t.UserId }).IsRequired();
            user.HasMany<ShopUserRole>().WithOne().HasForeignKey(r => new { r.TenantId, r.UserId }).IsRequired();
        });

        builder.Entity<ShopRole>(role =>
        {
            role.ToTable("Roles");
            role.HasKey(r => r.Id);
            role.HasIndex(r => r.NormalizedName).IsUnique();
            role.Property(r => r.Name).HasMaxLength(64);
            role.Property(r => r.NormalizedName).HasMaxLength(64);
            role.Property(r => r.ConcurrencyStamp).IsConcurrencyToken().HasMaxLength(64);
            role.HasMany<ShopUserRole>().WithOne().HasForeignKey(r => r.RoleId).IsRequired();
            role.HasMany<ShopRoleClaim>().WithOne().HasForeignKey(c => c.RoleId).IsRequired();
            role.HasData(Roles.All.Select(r => new ShopRole
            {
                Id = r.Id,
                Name = r.Name,
                NormalizedName = r.Name.ToUpperInvariant(),
                ConcurrencyStamp = r.Id.ToString(),
            }));
        });

        builder.Entity<ShopUserRole>(membership =>
        {
            membership.ToTable("UserRoles");
            membership.HasKey(r => new { r.TenantId, r.UserId, r.RoleId });
        });

        builder.Entity<ShopUserClaim>(claim =>
        {
            claim.ToTable("UserClaims");
            claim.HasKey(c => new { c.TenantId, c.Id });
            claim.Property(c => c.Id).ValueGeneratedNever();
        });

        builder.Entity<ShopUserLogin>(login =>
        {
            login.ToTable("UserLogins");
            login.HasKey(l => new { l.TenantId, l.LoginProvider, l.ProviderKey });
            login.Property(l => l.LoginProvider).HasMaxLength(128);
            login.Property(l => l.ProviderKey).HasMaxLength(128);
        });

        builder.Entity<ShopUserToken>(token =>
        {
            token.ToTable("UserTokens");
            token.HasKey(t => new { t.TenantId, t.UserId, t.LoginProvider, t.Name });
            token.Property(t => t.LoginProvider).HasMaxLength(128);
            token.Property(t => t.Name).HasMaxLength(128);
        });

        builder.Entity<ShopRoleClaim>(claim =>
        {
            claim.ToTable("RoleClaims");
            claim.HasKey(c => c.Id);
        });
    }
}
