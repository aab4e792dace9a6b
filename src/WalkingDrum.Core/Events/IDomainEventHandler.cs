namespace WalkingDrum.Core.Events;

/// <summary>Reacts to an in-process domain event of type <typeparamref name="TEvent"/>.</summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : class
{
    /// <summary>Handles the event; runs in the publisher's scope after its change was committed.</summary>
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
