using Microsoft.AspNetCore.Identity;
using WalkingDrum.Core.Identity;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Web.Identity;

/// <summary>
/// Creates the first platform operator from <c>Platform:OperatorEmail</c> and
/// <c>Platform:OperatorPassword</c> when no such account exists yet. Runs after migrations.
/// </summary>
internal sealed partial class OperatorSeeder(
    IConfiguration configuration, ITenantScopeRunner scopes, TimeProvider clock, ILogger<OperatorSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var email = configuration["Platform:OperatorEmail"];
        var password = configuration["Platform:OperatorPassword"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return;
        }

        await scopes.RunAsync(TenantInfo.Host, async services =>
        {
            var users = services.GetRequiredService<UserManager<ShopUser>>();
            if (await users.FindByNameAsync(email) is not null)
            {
                return;
            }

            var user = new ShopUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = clock.GetUtcNow() };
            var result = await users.CreateAsync(user, password);
            result = result.Succeeded ? await users.AddToRoleAsync(user, Roles.Operator) : result;
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    "Platform operator could not be created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            LogCreated(logger, email);
        });
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Created platform operator {Email}")]
    private static partial void LogCreated(ILogger logger, string email);
}
