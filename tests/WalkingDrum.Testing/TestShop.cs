using WalkingDrum.Core.Tenancy;
using WalkingDrum.Tenants.Endpoints;

namespace WalkingDrum.Testing;

/// <summary>A shop opened from the test recipe: owner, staff and customer accounts with known passwords.</summary>
public sealed record TestShop(WalkingDrumApp App, TenantInfo Tenant, string OwnerEmail, SignupResponse Signup)
{
    public const string StaffEmail = "staff@example.com";
    public const string StaffPassword = "Staff-Passw0rd";
    public const string CustomerEmail = "customer@example.com";
    public const string CustomerPassword = "Customer-Passw0rd";

    public string Name => Tenant.Name;

    public HttpClient Client(bool followRedirects = false) => App.ClientForShop(Name, followRedirects);

    /// <summary>A client signed in to this shop as <paramref name="email"/>.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email, string password)
    {
        var client = Client();
        await Forms.SignInAsync(client, email, password);
        return client;
    }

    public Task<HttpClient> OwnerClientAsync() => SignedInClientAsync(OwnerEmail, WalkingDrumApp.OwnerPassword);
}
