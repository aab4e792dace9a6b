using Microsoft.AspNetCore.Identity;
using WalkingDrum.Core.Identity;

namespace WalkingDrum.Web.Identity;

/// <summary>
/// Password sign-in that answers the same way, in about the same time, whether or not the email
/// belongs to an account: an unknown email still costs one password-hash verification, by the same
/// hasher and settings as real accounts.
/// </summary>
public sealed class TimingSafeSignIn(UserManager<ShopUser> users, SignInManager<ShopUser> signIn)
{
    // One throwaway hash per process; computing it twice in a race is harmless.
    private static string? s_dummyHash;

    public async Task<SignInResult> PasswordSignInAsync(string email, string password, bool remember)
    {
        var user = await users.FindByNameAsync(email);
        if (user is null)
        {
            var unknown = new ShopUser();
            s_dummyHash ??= users.PasswordHasher.HashPassword(unknown, Guid.NewGuid().ToString());
            users.PasswordHasher.VerifyHashedPassword(unknown, s_dummyHash, password);
            return SignInResult.Failed;
        }

        return await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
    }
}
