"""Les cinq étapes du processus d'achat d'une organisation."""

from __future__ import annotations

from salesplan.concepts._catalogue import Catalogue
from salesplan.concepts._types import Etape

_SOURCE = "Modèle classique du processus d'achat (Kotler et Keller, Marketing Management), adapté au BtoB"

ETAPES_ACHAT: Catalogue[Etape] = Catalogue(
    "étape du processus d'achat",
    (
        Etape(
            "prise_de_conscience",
            "Prise de conscience du besoin",
            "L'organisation constate un écart entre sa situation et ce qu'elle souhaite : panne, croissance, "
            "nouvelle réglementation, fin de contrat, sollicitation d'un commercial. Le besoin est formulé par "
            "un initiateur (souvent un utilisateur). Le vendeur qui est présent à ce moment peut aider à le "
            "formuler.",
            "Le copieur d'une agence immobilière tombe en panne pour la troisième fois en un mois : la directrice "
            "décide qu'il faut le remplacer.",
            _SOURCE,
            ordre=1,
        ),
        Etape(
            "recherche_information",
            "Recherche d'information",
            "L'acheteur précise le besoin (cahier des charges), recherche des fournisseurs possibles (sites, salons, "
            "recommandations, fournisseurs référencés) et demande de la documentation ou des devis.",
            "L'agence consulte des comparatifs en ligne, demande conseil à une autre agence du réseau et "
            "remplit le formulaire de contact de Bureautik Pro.",
            _SOURCE,
            ordre=2,
        ),
        Etape(
            "comparaison_solutions",
            "Comparaison des solutions possibles",
            "Les offres reçues sont comparées, souvent à l'aide d'une grille de comparaison : prix et coût "
            "global, qualité, délais, service, solidité du fournisseur. C'est l'étape où le vendeur présente et "
            "défend son offre et où la négociation commence.",
            "La directrice compare trois devis : achat, location simple et location avec maintenance ; "
            "elle retient les deux meilleures offres pour négocier.",
            _SOURCE,
            ordre=3,
        ),
        Etape(
            "prise_de_decision",
            "Prise de décision",
            "Le décideur choisit le fournisseur et les conditions (prix, quantités, délais, paiement) après "
            "négociation ; la décision se concrétise par un bon de commande ou un contrat signé.",
            "Après une dernière négociation sur le coût par page, la directrice signe avec Bureautik Pro un "
            "contrat de location de 48 mois.",
            _SOURCE,
            ordre=4,
        ),
        Etape(
            "evaluation_post_achat",
            "Évaluation post-achat",
            "Après la livraison et à l'usage, l'acheteur mesure si la solution tient ses promesses : conformité, "
            "délais, pannes, qualité du service. Cette évaluation décide du réachat et de la recommandation ; "
            "pour le vendeur, elle ouvre la phase de fidélisation.",
            "Trois mois après l'installation, le commercial de Bureautik Pro appelle la directrice pour faire le "
            "point ; satisfaite, elle accepte de le recommander à une autre agence.",
            _SOURCE,
            ordre=5,
        ),
    ),
)

__all__ = ["ETAPES_ACHAT"]
