using Microsoft.AspNetCore.Identity;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Web.Identity;

/// <summary>
/// Password sign-in that answers the same way, in about the same time, whether or not the email
/// belongs to an account: an unknown email still costs one password-hash verification.
/// </summary>
public sealed class TimingSafeSignIn(UserManager<ShopUser> users, SignInManager<ShopUser> signIn)
{
    private static readonly PasswordHasher<ShopUser> Hasher = new();
    private static readonly Lazy<string> DummyHash = new(() => Hasher.HashPassword(new ShopUser(), Guid.NewGuid().ToString()));

    public async Task<SignInResult> PasswordSignInAsync(string email, string password, bool remember)
    {
        var user = await users.FindByNameAsync(email);
        if (user is null)
        {
            Hasher.VerifyHashedPassword(new ShopUser(), DummyHash.Value, password);
            return SignInResult.Failed;
        }

        return await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
    }
}
