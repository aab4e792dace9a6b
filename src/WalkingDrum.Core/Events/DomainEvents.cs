using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WalkingDrum.Core.Events;

/// <summary>
/// Publishes in-process domain events to every registered handler. Events describe committed
/// changes, so a failing handler is logged and does not undo the change or stop other handlers;
/// derived data (search, caches) can always be rebuilt from the database.
/// </summary>
public sealed class DomainEvents(IServiceProvider services, ILogger<DomainEvents> logger)
{
    /// <summary>Calls every <see cref="IDomainEventHandler{TEvent}"/> of the event's type.</summary>
    public async Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken = default)
        where TEvent : class
    {
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
        {
            try
            {
                await handler.HandleAsync(domainEvent, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "{Handler} failed on {Event}", handler.GetType().Name, domainEvent);
            }
        }
    }
}
