"""Notions générales du cours : plan de vente, processus d'achat, centre d'achat."""

from __future__ import annotations

from salesplan.concepts._catalogue import Catalogue, Concept

NOTIONS: Catalogue[Concept] = Catalogue(
    "notion générale",
    (
        Concept(
            "processus_achat",
            "Processus d'achat",
            "Suite des étapes par lesquelles une organisation passe du constat d'un besoin à l'évaluation de "
            "l'achat réalisé. En milieu professionnel, il est plus long, plus formalisé et implique plus de "
            "personnes qu'un achat de particulier.",
            "Le remplacement des copieurs d'une PME suit cinq étapes, de la panne répétée au bilan trois mois "
            "après l'installation.",
        ),
        Concept(
            "centre_achat",
            "Centre d'achat",
            "Ensemble des personnes qui participent à une décision d'achat d'une organisation, chacune avec un "
            "rôle (initiateur, utilisateur, prescripteur, conseiller, filtre, acheteur, décideur). Une même "
            "personne peut tenir plusieurs rôles ; le centre d'achat change d'un achat à l'autre.",
            "Pour le contrat d'impression, le centre d'achat de l'ETI réunit les assistantes (utilisatrices), le "
            "responsable informatique (prescripteur), l'acheteur et le directeur financier (décideur).",
            "F. E. Webster et Y. Wind, Journal of Marketing, avril 1972",
        ),
        Concept(
            "organigramme",
            "Organigramme",
            "Schéma de l'organisation officielle de l'entreprise : services, fonctions, liens hiérarchiques. Il "
            "montre qui a le pouvoir formel de décider.",
            "L'organigramme de l'ETI montre que l'acheteur dépend du directeur administratif et financier.",
        ),
        Concept(
            "sociogramme",
            "Sociogramme",
            "Schéma des relations informelles entre les personnes : influences, affinités, alliances, conflits. "
            "Il montre qui pèse vraiment sur la décision, au-delà de la hiérarchie.",
            "Le sociogramme révèle que le directeur financier suit toujours l'avis de la responsable "
            "informatique, arrivée avec lui d'une autre entreprise.",
            "J. L. Moreno, Who Shall Survive?, 1934 (origine de la sociométrie)",
        ),
        Concept(
            "plan_de_vente",
            "Plan de vente",
            "Démarche organisée du vendeur pour une affaire, en trois temps : phase préparatoire, négociation, "
            "phase postérieure. En BtoB, il tient compte du centre d'achat, de la durée du processus et de "
            "l'argumentation financière et fiscale.",
            "Le plan de vente de Bureautik Pro pour la PME : fiche client et objectifs, entretien de "
            "négociation, puis suivi de l'installation et fidélisation.",
        ),
        Concept(
            "partenariat",
            "Partenariat",
            "Accord de coopération durable entre deux organisations indépendantes qui mettent en commun des "
            "moyens ou des compétences pour atteindre des objectifs qu'elles ne pourraient atteindre seules.",
            "Bureautik Pro et un intégrateur de réseaux informatiques répondent ensemble aux marchés publics.",
        ),
        Concept(
            "prospection",
            "Prospection",
            "Recherche de nouveaux clients : repérer des prospects, les qualifier, les contacter et obtenir un "
            "premier rendez-vous ou une première commande.",
            "Chaque mardi matin, les commerciaux de Bureautik Pro appellent les prospects qualifiés de la semaine.",
        ),
    ),
)

__all__ = ["NOTIONS"]
