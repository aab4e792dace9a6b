using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Recipes;

namespace WalkingDrum.Tenants.Recipes;

/// <summary><c>users</c>: extra accounts (staff, customers) with a role and a password.</summary>
internal sealed class UsersStep(TimeProvider clock) : IRecipeStep
{
    private static readonly string[] AllowedRoles = [Roles.Staff, Roles.Customer];

    public string Name => "users";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var users = context.Services.GetRequiredService<UserManager<ShopUser>>();
        foreach (var entry in step.GetProperty("users").EnumerateArray())
        {
            var email = entry.GetProperty("email").GetString() ?? "";
            var role = entry.GetProperty("role").GetString() ?? "";
            if (!AllowedRoles.Contains(role, StringComparer.Ordinal))
            {
                throw new RecipeException($"users: role '{role}' is not one of {string.Join(", ", AllowedRoles)}.");
            }

            var user = new ShopUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = clock.GetUtcNow() };
            var created = await users.CreateAsync(user, entry.GetProperty("password").GetString() ?? "");
            var added = created.Succeeded ? await users.AddToRoleAsync(user, role) : created;
            if (!added.Succeeded)
            {
                throw new RecipeException($"users: {email}: {string.Join(" ", added.Errors.Select(e => e.Description))}");
            }
        }
    }
}
