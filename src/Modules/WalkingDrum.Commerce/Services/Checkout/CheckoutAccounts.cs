using Microsoft.AspNetCore.Identity;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Commerce.Services.Checkout;

/// <summary>Creates the customer account a shopper asks for at checkout, and signs them in.</summary>
public sealed class CheckoutAccounts(UserManager<ShopUser> users, SignInManager<ShopUser> signIn, TimeProvider clock)
{
    /// <summary>The new account's id, or why it could not be made (fit to show under the password field).</summary>
    public async Task<(Guid? UserId, string? EmailError, string? PasswordError)> CreateAsync(string email, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return (null, null, "Choose a password for your account, or untick “Create an account”.");
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return (null, "This email already has an account: sign in first, or untick “Create an account”.", null);
        }

        var user = new ShopUser { UserName = email, Email = email, CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            // A concurrent checkout with the same email lands here as a duplicate user name.
            var duplicate = created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail));
            return duplicate
                ? (null, "This email already has an account: sign in first, or untick “Create an account”.", null)
                : (null, null, string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, Roles.Customer);
        await signIn.SignInAsync(user, isPersistent: true);
        return (user.Id, null, null);
    }
}
