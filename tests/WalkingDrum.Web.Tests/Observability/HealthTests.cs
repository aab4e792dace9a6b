using System.Net;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Web.Tests.Observability;

[Collection(AppCollection.Name)]
public sealed class HealthTests(WalkingDrumApp app)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_answers_at_the_platform_and_in_a_shop(string path)
    {
        var shop = await app.CreateShopAsync();

        var platform = await app.ClientForPlatform().GetAsync(path);
        var inShop = await shop.Client().GetAsync(path.TrimStart('/'));

        Assert.Equal(HttpStatusCode.OK, platform.StatusCode);
        Assert.Equal("Healthy", await platform.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, inShop.StatusCode);
    }
}
