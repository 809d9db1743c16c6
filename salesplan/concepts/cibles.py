"""Les différentes cibles (BtoB, CSE, BtoG) et ce qui caractérise leurs achats."""

from __future__ import annotations

from salesplan.concepts._catalogue import Catalogue, Concept
from salesplan.concepts._types import TraitCible

CIBLES: Catalogue[Concept] = Catalogue(
    "cible",
    (
        Concept(
            "btob",
            "BtoB (entreprises)",
            "Vente d'une entreprise à une autre entreprise (business to business) : le client achète pour "
            "produire, revendre ou faire fonctionner son organisation, et non pour sa consommation personnelle.",
            "Bureautik Pro vend un parc de copieurs à une PME de transport.",
        ),
        Concept(
            "btog",
            "BtoG (acheteurs publics)",
            "Vente d'une entreprise à une administration, une collectivité ou un établissement public (business "
            "to government) ; l'achat est un marché public soumis au Code de la commande publique.",
            "Bureautik Pro répond à la consultation d'un lycée de la région pour ses fournitures de bureau.",
            "Code de la commande publique, art. L3 (principes)",
        ),
        Concept(
            "cse",
            "CSE (comité social et économique)",
            "Vente au comité social et économique d'une entreprise, qui achète pour les salariés (activités "
            "sociales et culturelles) ou pour son propre fonctionnement, avec un budget annuel limité.",
            "Bureautik Pro vend au CSE d'un hôpital privé le mobilier et l'ordinateur de son local.",
            "Code du travail, art. L2312-78 et L2315-61",
        ),
    ),
)

TRAITS_CIBLES: Catalogue[TraitCible] = Catalogue(
    "caractéristique d'une cible",
    (
        TraitCible(
            "processus_long",
            "Processus d'achat long",
            "En BtoB, l'achat passe par plusieurs étapes (expression du besoin, consultation, comparaison, "
            "validation) et plusieurs personnes ; il peut durer des semaines ou des mois, surtout pour un "
            "montant élevé.",
            "Entre le premier rendez-vous et la signature du contrat d'infogérance, l'ETI a mis quatre mois.",
            cible="btob",
        ),
        TraitCible(
            "solution_complete",
            "Achat d'une solution complète",
            "Le client professionnel n'achète pas un produit isolé mais une réponse à un problème : produit, "
            "installation, formation, maintenance, financement, engagement de résultat.",
            "Bureautik Pro ne vend pas seulement des copieurs : elle vend l'impression « clé en main » "
            "(matériel, consommables, maintenance, logiciel de suivi) facturée à la page.",
            cible="btob",
        ),
        TraitCible(
            "comparaison_fournisseurs",
            "Comparaison des fournisseurs",
            "L'acheteur professionnel met systématiquement plusieurs fournisseurs en concurrence, avec des "
            "critères explicites (grille de comparaison), et peut en changer si l'offre n'est plus compétitive.",
            "La PME demande trois devis et compare le coût total sur 48 mois, pas seulement le prix du matériel.",
            cible="btob",
        ),
        TraitCible(
            "interlocuteurs_nombreux",
            "Interlocuteurs nombreux",
            "Plusieurs personnes interviennent dans l'achat (centre d'achat). Le vendeur analyse l'organigramme "
            "(qui a quelle fonction et quel pouvoir officiel) et le sociogramme (qui influence qui, les alliances "
            "et les tensions) pour savoir qui rencontrer et dans quel ordre.",
            "L'organigramme montre que l'acheteur dépend du DAF ; le sociogramme révèle que le DAF suit toujours "
            "l'avis du responsable informatique.",
            cible="btob",
        ),
        TraitCible(
            "mission_entreprise",
            "Mission au service des salariés",
            "Le CSE achète pour remplir sa mission : améliorer les conditions de vie et de travail des salariés "
            "par des activités sociales et culturelles (loisirs, vacances, cadeaux, billetterie). Ses choix "
            "doivent profiter à tous les salariés.",
            "Le CSE d'une usine choisit une billetterie à prix réduit accessible aux équipes de nuit comme de jour.",
            "Code du travail, art. L2312-78",
            cible="cse",
        ),
        TraitCible(
            "solutions_concretes",
            "Recherche de solutions concrètes",
            "Les élus du CSE sont bénévoles et peu disponibles : ils attendent des offres simples, prêtes à "
            "l'emploi, avec une gestion facile (commande en ligne, livraison, facturation claire).",
            "Bureautik Pro propose au CSE un catalogue en ligne et la livraison des colis de Noël directement "
            "dans chaque service.",
            cible="cse",
        ),
        TraitCible(
            "achat_grande_quantite",
            "Achats en grande quantité, mais pas n'importe quoi",
            "Le CSE achète pour l'ensemble des salariés, donc en volume, mais il reste exigeant sur la qualité "
            "et l'utilité : un mauvais choix se voit et se discute en réunion.",
            "Le CSE commande 300 coffrets cadeaux mais refuse l'offre la moins chère, jugée de mauvaise qualité.",
            cible="cse",
        ),
        TraitCible(
            "budget_limite",
            "Budget limité",
            "Le budget des activités sociales et culturelles est fixé chaque année (par accord ou en "
            "proportion de la masse salariale) : le CSE ne peut pas le dépasser et doit rendre compte de "
            "ses dépenses.",
            "Avec 18 000 € pour l'année, le CSE répartit : 60 % pour les chèques vacances, 25 % pour Noël, "
            "15 % pour la billetterie.",
            "Code du travail, art. L2312-81 et L2315-61",
            cible="cse",
        ),
        TraitCible(
            "tarifs_degressifs",
            "Tarifs référentiels dégressifs",
            "Le CSE apprécie un barème connu à l'avance (tarif de référence) dont le prix unitaire baisse par "
            "tranche de quantité : il peut calculer lui-même le prix selon le nombre de salariés intéressés.",
            "Coffret cadeau : 32 € l'unité jusqu'à 99, 29 € de 100 à 299, 27 € à partir de 300.",
            cible="cse",
        ),
        TraitCible(
            "interlocuteurs_changeants",
            "Interlocuteurs pouvant changer",
            "Les membres du CSE sont élus pour une durée limitée (quatre ans en principe) et les responsabilités "
            "(secrétaire, trésorier) changent : le vendeur doit entretenir la relation avec la nouvelle équipe "
            "et garder une trace écrite des accords.",
            "Après les élections, le nouveau trésorier du CSE ne connaît pas Bureautik Pro : le commercial "
            "prend rendez-vous pour présenter l'historique des commandes.",
            "Code du travail, art. L2314-33 (durée des mandats)",
            cible="cse",
        ),
        TraitCible(
            "interet_general",
            "Satisfaire l'intérêt général",
            "L'acheteur public dépense de l'argent public : il doit satisfaire l'intérêt général, traiter "
            "également les candidats, être transparent et faire un bon usage des deniers publics.",
            "Une commune ne peut pas choisir son fournisseur parce qu'il est installé sur son territoire : "
            "le critère géographique est interdit.",
            "Code de la commande publique, art. L3 (principes de la commande publique)",
            cible="btog",
        ),
        TraitCible(
            "besoins_fonctionnement",
            "Besoins de fonctionnement et d'intérêt général",
            "L'administration achète pour fonctionner elle-même (fournitures, informatique, entretien des "
            "locaux) et pour rendre son service d'intérêt général (cantines scolaires, voirie, soins). Les deux "
            "types de besoins suivent les mêmes règles de la commande publique.",
            "Un hôpital achète des copieurs pour ses bureaux (fonctionnement) et des imprimantes de bracelets "
            "d'identification pour les patients (activité de soins).",
            "Code de la commande publique, art. L2111-1 (définition préalable du besoin)",
            cible="btog",
        ),
        TraitCible(
            "intervention_utilisateur",
            "Intervention de l'utilisateur dans l'achat",
            "L'acheteur public n'est pas toujours l'utilisateur : les services utilisateurs participent à la "
            "définition du besoin, aux essais et à l'analyse technique des offres, à côté du service de la "
            "commande publique qui conduit la procédure.",
            "Les enseignants d'un lycée testent deux vidéoprojecteurs ; leur avis compte dans la note "
            "technique de l'analyse des offres.",
            cible="btog",
        ),
    ),
)

__all__ = ["CIBLES", "TRAITS_CIBLES"]
