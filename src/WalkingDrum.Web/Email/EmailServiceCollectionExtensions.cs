using Microsoft.EntityFrameworkCore.Diagnostics;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Email;

namespace WalkingDrum.Web.Email;

/// <summary>Registers the email outbox, dispatcher, archive, SMTP transport, templates and the shop's email log.</summary>
public static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddWalkingDrumEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.AddSingleton<IModelContributor, EmailOutboxModel>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IInterceptor, OutboxCommitInterceptor>();
        services.AddSingleton<EmailOutbox>();
        services.AddSingleton<MailArchive>();
        services.AddSingleton<SmtpDelivery>();
        services.AddSingleton<EmailTemplates>();
        services.AddScoped<IEmailSender, OutboxEmailSender>();
        services.AddScoped<EmailLog>();
        services.AddHostedService<EmailDispatcher>();
        return services;
    }
}
