using Microsoft.Extensions.DependencyInjection;

namespace WalkingDrum.Core.Tenancy;

/// <summary>
/// Runs work inside a tenant outside an HTTP request (jobs, webhooks, provisioning): a fresh
/// service scope whose <see cref="ITenantContext"/> is that tenant.
/// </summary>
public interface ITenantScopeRunner
{
    /// <summary>Runs <paramref name="work"/> in a new scope bound to <paramref name="tenant"/>.</summary>
    Task<T> RunAsync<T>(TenantInfo tenant, Func<IServiceProvider, Task<T>> work);

    /// <summary>Runs <paramref name="work"/> in a new scope bound to <paramref name="tenant"/>.</summary>
    Task RunAsync(TenantInfo tenant, Func<IServiceProvider, Task> work);
}

/// <summary>Default <see cref="ITenantScopeRunner"/> over the root service provider.</summary>
public sealed class TenantScopeRunner(IServiceScopeFactory scopeFactory) : ITenantScopeRunner
{
    /// <inheritdoc />
    public async Task<T> RunAsync<T>(TenantInfo tenant, Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = scopeFactory.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        return await work(scope.ServiceProvider);
    }

    /// <inheritdoc />
    public Task RunAsync(TenantInfo tenant, Func<IServiceProvider, Task> work) =>
        RunAsync<bool>(tenant, async services =>
        {
            await work(services);
            return true;
        });
}
