using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Tenants.Tests.Recipes;

public sealed class RecipeProvisioningTests(RecipeProvisioningTests.BrokenRecipesApp app) : IClassFixture<RecipeProvisioningTests.BrokenRecipesApp>
{
    [Theory]
    [InlineData("fails-late", "not an ISO 4217 currency code")]
    [InlineData("unknown-step", "unknown step 'paint-the-fence'")]
    public async Task A_recipe_that_fails_midway_leaves_no_shop_and_no_account_behind(string recipe, string message)
    {
        var before = await app.Database.CountsAsync("tenants", "users", "user_roles");
        var name = "shop-" + Guid.NewGuid().ToString("N")[..12];

        var response = await app.ClientForPlatform().PostAsJsonAsync("/api/signup",
            new { storeName = "Broken", subdomain = name, email = "owner@broken.example", password = "Passw0rd!x", recipe });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains(message, errors.GetProperty("recipe")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await app.Database.CountsAsync("tenants", "users", "user_roles"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientForShop(name).GetAsync("")).StatusCode);
    }

    [Fact]
    public async Task The_name_of_a_failed_signup_stays_free()
    {
        var name = "shop-" + Guid.NewGuid().ToString("N")[..12];
        await app.ClientForPlatform().PostAsJsonAsync("/api/signup",
            new { storeName = "Broken", subdomain = name, email = "owner@broken.example", password = "Passw0rd!x", recipe = "fails-late" });

        var retry = await app.ClientForPlatform().PostAsJsonAsync("/api/signup",
            new { storeName = "Fixed", subdomain = name, email = "owner@broken.example", password = "Passw0rd!x" });

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
    }

    /// <summary>The shipped recipes plus two that break after writing rows.</summary>
    public sealed class BrokenRecipesApp : WalkingDrumApp
    {
        private static readonly string Folder = CreateFolder();

        public BrokenRecipesApp() : base(new Dictionary<string, string?> { ["Recipes:Path"] = Folder })
        {
        }

        private static string CreateFolder()
        {
            var folder = Path.Combine(Path.GetTempPath(), "walkingdrum-recipes-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "recipes"), "*.json"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            const string users = """{ "name": "users", "users": [ { "email": "staff@example.com", "password": "Staff-Passw0rd", "role": "Staff" } ] }""";
            File.WriteAllText(Path.Combine(folder, "fails-late.json"), $$"""
                { "displayName": "Fails late", "description": "", "listed": false, "steps": [
                  { "name": "store-settings", "currency": "USD" }, {{users}}, { "name": "store-settings", "currency": "X1" } ] }
                """);
            File.WriteAllText(Path.Combine(folder, "unknown-step.json"), $$"""
                { "displayName": "Unknown step", "description": "", "listed": false, "steps": [
                  {{users}}, { "name": "paint-the-fence" } ] }
                """);
            return folder;
        }
    }
}
